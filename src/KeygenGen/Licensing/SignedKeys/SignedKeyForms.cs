using System.Collections.Generic;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Tells a signed license key's scheme from its form, as Keygen builds them (<c>License#generate_*_key!</c>):
/// <c>key/&lt;dataset&gt;.&lt;signature&gt;</c> for the signing schemes, a JWT, or one RSA block.
/// </summary>
internal static class SignedKeyForms
{
    private const string SignedPrefix = "key/";
    private const int Ed25519SignatureLength = 64;
    private const int Rsa2048BlockLength = 256;

    private static readonly SignedKeyScheme[] Ed25519 = [SignedKeyScheme.Ed25519Sign];
    private static readonly SignedKeyScheme[] RsaSigned = [SignedKeyScheme.Rsa2048Pkcs1SignV2, SignedKeyScheme.Rsa2048Pkcs1PssSignV2];
    private static readonly SignedKeyScheme[] Jwt = [SignedKeyScheme.Rsa2048JwtRs256];
    private static readonly SignedKeyScheme[] RsaEncrypted = [SignedKeyScheme.Rsa2048Pkcs1Encrypt];

    /// <summary>The schemes <paramref name="licenseKey"/> may be of, most likely first; one, except for the two RSA signing schemes.</summary>
    /// <exception cref="SignedLicenseKeyException">The form is none of the supported schemes' (<see cref="VerificationFailureReason.MalformedInput"/>).</exception>
    public static IReadOnlyList<SignedKeyScheme> Candidates(string licenseKey)
    {
        var parts = licenseKey.Split('.');
        if (licenseKey.StartsWith(SignedPrefix, System.StringComparison.Ordinal) && parts.Length >= 2)
        {
            return Encodings.FromBase64Url(parts[^1])?.Length switch
            {
                Ed25519SignatureLength => Ed25519,
                Rsa2048BlockLength => RsaSigned,
                _ => throw Unknown("its signature is neither an Ed25519 nor an RSA-2048 signature (ECDSA_P256_SIGN keys cannot be verified offline)"),
            };
        }

        if (parts.Length == 3 && Encodings.FromBase64Url(parts[0]) is { } header && JsonReading.ParseObject(header)?.StringAt("alg") is not null)
        {
            return Jwt;
        }

        if (parts.Length == 1 && Encodings.FromBase64Url(licenseKey)?.Length == Rsa2048BlockLength)
        {
            return RsaEncrypted;
        }

        throw Unknown("it is not key/<dataset>.<signature>, a JWT or an RSA-2048 block; it may be a legacy or unsigned key");
    }

    private static SignedLicenseKeyException Unknown(string why) =>
        SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, $"The license key's scheme cannot be told from its form: {why}.");
}
