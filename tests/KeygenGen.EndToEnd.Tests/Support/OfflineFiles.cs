using Keygen.Licensing;
using Keygen.Signatures;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>Reads checked-out license and machine files offline, with the emulator's public key as a licensed app would with its account's.</summary>
internal static class OfflineFiles
{
    public static LicenseFileReader LicenseFileReader(this EmulatorFixture emulator) =>
        new(KeygenPublicKeys.Parse(emulator.Emulator.PublicKeyHex));
}
