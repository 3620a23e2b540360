using System.Collections.Generic;
using System.Security.Cryptography;

namespace Keygen.Emulator.Signing;

/// <summary>
/// Key material made once per process and handed out by slot (the order an emulator's accounts are created in), for
/// <see cref="KeygenEmulatorOptions.ReuseSigningKeys"/>: generating an RSA-2048 key costs tens of milliseconds, which a
/// suite that seeds thousands of accounts cannot pay each time. Accounts of one emulator still get distinct keys.
/// </summary>
internal static class SigningKeyPool
{
    private static readonly List<Slot> Slots = new();

    public static byte[] Ed25519Seed(int slot) => SlotAt(slot).Ed25519Seed;

    /// <summary>A new RSA object (the caller disposes it) holding the slot's RSA-2048 key.</summary>
    public static RSA Rsa(int slot)
    {
        var entry = SlotAt(slot);
        lock (entry)
        {
            entry.Rsa ??= CreateRsa();
            var rsa = RSA.Create();
            rsa.ImportParameters(entry.Rsa.Value);
            return rsa;
        }
    }

    /// <summary>A new ECDsa object (the caller disposes it) holding the slot's P-256 key.</summary>
    public static ECDsa Ecdsa(int slot)
    {
        var entry = SlotAt(slot);
        lock (entry)
        {
            entry.Ecdsa ??= CreateEcdsa();
            return ECDsa.Create(entry.Ecdsa.Value);
        }
    }

    private static Slot SlotAt(int slot)
    {
        lock (Slots)
        {
            while (Slots.Count <= slot)
            {
                Slots.Add(new Slot(RandomNumberGenerator.GetBytes(32)));
            }

            return Slots[slot];
        }
    }

    private static RSAParameters CreateRsa()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }

    private static ECParameters CreateEcdsa()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return ecdsa.ExportParameters(includePrivateParameters: true);
    }

    private sealed class Slot(byte[] ed25519Seed)
    {
        public byte[] Ed25519Seed { get; } = ed25519Seed;

        public RSAParameters? Rsa { get; set; }

        public ECParameters? Ecdsa { get; set; }
    }
}
