using System;
using System.Security.Cryptography;
using System.Text;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// The default fingerprint: HMAC-SHA256 of the platform machine id (Linux <c>/etc/machine-id</c>, Windows
/// <c>MachineGuid</c>, macOS <c>IOPlatformUUID</c>) keyed with an application-specific salt, as 64 hex
/// characters. The raw id never leaves the machine, and two applications get unrelated fingerprints.
/// The value is computed once per instance.
/// </summary>
public sealed class MachineFingerprintProvider : IMachineFingerprintProvider
{
    private readonly Lazy<string> _fingerprint;

    /// <summary>Uses the platform's machine id.</summary>
    /// <param name="applicationSalt">A constant of your application, e.g. its product id; never change it once shipped.</param>
    public MachineFingerprintProvider(string applicationSalt)
        : this(applicationSalt, PlatformMachineId.Read)
    {
    }

    /// <summary>Uses another source of the raw machine id, e.g. a hardware serial.</summary>
    /// <param name="applicationSalt">A constant of your application, e.g. its product id; never change it once shipped.</param>
    /// <param name="machineIdSource">Returns the raw, stable machine id.</param>
    public MachineFingerprintProvider(string applicationSalt, Func<string> machineIdSource)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationSalt);
        ArgumentNullException.ThrowIfNull(machineIdSource);
        _fingerprint = new Lazy<string>(() => Hash(applicationSalt, machineIdSource()));
    }

    /// <inheritdoc />
    public string GetFingerprint() => _fingerprint.Value;

    private static string Hash(string salt, string machineId)
    {
        var id = machineId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            throw new MachineIdUnavailableException("The machine id source returned an empty id.");
        }

#if LEGACY_TARGET
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(salt));
        return Encodings.ToHexLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(id)));
#else
        return Encodings.ToHexLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(id)));
#endif
    }
}
