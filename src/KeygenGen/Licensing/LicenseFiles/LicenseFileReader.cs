using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Reads license files and machine files offline (keygen-api.md §1.17): parses the armour, verifies the
/// signature before anything else, decrypts, and checks the file's issue time (clock tampering) and expiry.
/// Supports <c>aes-256-gcm</c> and <c>base64</c> with <c>ed25519</c>, <c>rsa-pss-sha256</c> or <c>rsa-sha256</c>.
/// Thread-safe; reuse one instance.
/// </summary>
public sealed class LicenseFileReader
{
    private readonly KeygenPublicKeys _keys;
    private readonly KeygenVerificationOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="keys">The account's public keys.</param>
    /// <param name="options">Clock and allowed drift for the issue-time check.</param>
    public LicenseFileReader(KeygenPublicKeys keys, KeygenVerificationOptions? options = null)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _options = options ?? new KeygenVerificationOptions();
    }

    /// <summary>Verifies, decrypts and checks a license file.</summary>
    /// <param name="certificate">The certificate text (<c>-----BEGIN LICENSE FILE-----</c> …).</param>
    /// <param name="licenseKey">The license key: the decryption secret of an encrypted file; unused for <c>base64</c> files.</param>
    /// <exception cref="LicenseFileException">Malformed, forged, undecryptable, expired or issued in the future.</exception>
    public LicenseFileDataset ReadLicenseFile(string certificate, string? licenseKey) =>
        Read(certificate, LicenseFileKind.License, licenseKey);

    /// <summary>Verifies, decrypts and checks a license file without throwing: the dataset, or why the file was refused.</summary>
    /// <param name="certificate">The certificate text (<c>-----BEGIN LICENSE FILE-----</c> …).</param>
    /// <param name="licenseKey">The license key: the decryption secret of an encrypted file; unused for <c>base64</c> files.</param>
    /// <returns>The dataset, or the reason; for an authentic file that expired or was issued in the future, the
    /// <see cref="LicenseFileException"/> in <see cref="VerificationResult{T}.Exception"/> still carries its dataset.</returns>
    public VerificationResult<LicenseFileDataset> TryReadLicenseFile(string certificate, string? licenseKey)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return VerificationResult<LicenseFileDataset>.Of(() => ReadLicenseFile(certificate, licenseKey));
    }

    /// <summary>Verifies, decrypts and checks a machine file.</summary>
    /// <param name="certificate">The certificate text (<c>-----BEGIN MACHINE FILE-----</c> …).</param>
    /// <param name="licenseKey">The license key of the machine's license.</param>
    /// <param name="fingerprint">The machine's fingerprint; with the license key it forms the decryption secret.</param>
    /// <exception cref="LicenseFileException">Malformed, forged, undecryptable, expired or issued in the future.</exception>
    public LicenseFileDataset ReadMachineFile(string certificate, string licenseKey, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(licenseKey);
        ArgumentNullException.ThrowIfNull(fingerprint);
        return Read(certificate, LicenseFileKind.Machine, licenseKey + fingerprint);
    }

    /// <summary>Verifies, decrypts and checks a machine file without throwing: the dataset, or why the file was refused.</summary>
    /// <param name="certificate">The certificate text (<c>-----BEGIN MACHINE FILE-----</c> …).</param>
    /// <param name="licenseKey">The license key of the machine's license.</param>
    /// <param name="fingerprint">The machine's fingerprint; with the license key it forms the decryption secret.</param>
    /// <returns>The dataset, or the reason (see <see cref="TryReadLicenseFile"/>).</returns>
    public VerificationResult<LicenseFileDataset> TryReadMachineFile(string certificate, string licenseKey, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(licenseKey);
        ArgumentNullException.ThrowIfNull(fingerprint);
        return VerificationResult<LicenseFileDataset>.Of(() => ReadMachineFile(certificate, licenseKey, fingerprint));
    }

    private LicenseFileDataset Read(string text, LicenseFileKind expected, string? secret)
    {
        var certificate = LicenseFileCertificate.Parse(text);
        if (certificate.Kind != expected)
        {
            throw LicenseFileCertificate.Malformed($"expected a {expected.ToString().ToLowerInvariant()} file, got a {certificate.Kind.ToString().ToLowerInvariant()} file");
        }

        var algorithm = LicenseFileAlgorithm.Parse(certificate.Algorithm);
        if (!_keys.Supports(algorithm.Signing))
        {
            throw new LicenseFileException(VerificationFailureReason.UnsupportedAlgorithm, KeygenPublicKeys.MissingKeyMessage(algorithm.Signing));
        }

        if (!_keys.Verify(algorithm.Signing, certificate.SignedData, certificate.Signature))
        {
            throw new LicenseFileException(VerificationFailureReason.SignatureInvalid, "The license file signature is invalid: the file was altered or not issued by this account.");
        }

        var dataset = LicenseFileDataset.Parse(expected, Decode(certificate, algorithm, secret));
        CheckLifetime(dataset);
        return dataset;
    }

    private static byte[] Decode(LicenseFileCertificate certificate, LicenseFileAlgorithm algorithm, string? secret)
    {
        if (!algorithm.Encrypted)
        {
            return Encodings.FromBase64(certificate.Encoded) ?? throw LicenseFileCertificate.Malformed("\"enc\" is not base64");
        }

        return secret is null
            ? throw new LicenseFileException(VerificationFailureReason.DecryptionFailed, "The license file is encrypted; the license key is needed to decrypt it.")
            : LicenseFileDecryption.Decrypt(certificate.Encoded, secret);
    }

    private void CheckLifetime(LicenseFileDataset dataset)
    {
        var now = _options.Now;
        // Differences, not sums: a drift as long as TimeSpan.MaxValue must not overflow the calendar.
        if (_options.MaxClockDrift is { } drift && dataset.Issued - now > drift)
        {
            throw new LicenseFileException(
                VerificationFailureReason.IssuedInFuture,
                $"The license file was issued at {dataset.Issued:O}, after the local time {now:O}: the system clock is wrong or was turned back.",
                dataset);
        }

        if (dataset.Expiry is { } expiry && now > expiry)
        {
            throw new LicenseFileException(VerificationFailureReason.Expired, $"The license file expired at {expiry:O}; check out a new one.", dataset);
        }
    }
}
