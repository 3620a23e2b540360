using System;
using System.Text;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Verifies cryptographic license keys offline and extracts their dataset (keygen-api.md §1.16); signed schemes use
/// Keygen's <see cref="SignedDataset"/> form.
/// Thread-safe; reuse one instance.
/// </summary>
public sealed class SignedLicenseKeyVerifier
{
    private const string SignedPrefix = "key/";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly KeygenPublicKeys _keys;
    private readonly KeygenVerificationOptions _options;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The account's public keys: Ed25519 for <c>ED25519_SIGN</c>, RSA for the others.</param>
    /// <param name="options">Clock and drift for the JWT <c>exp</c> and <c>nbf</c> claims.</param>
    public SignedLicenseKeyVerifier(KeygenPublicKeys keys, KeygenVerificationOptions? options = null)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _options = options ?? new KeygenVerificationOptions();
    }

    /// <summary>
    /// Verifies <paramref name="licenseKey"/>, telling its scheme from its form: <c>key/…​.…</c> with a 64-byte signature is
    /// <c>ED25519_SIGN</c>, with a 256-byte one <c>RSA_2048_PKCS1_SIGN_V2</c> or <c>RSA_2048_PKCS1_PSS_SIGN_V2</c> (the same
    /// form: the padding that verifies tells which), three dot-separated parts with a JSON header are a JWT
    /// (<c>RSA_2048_JWT_RS256</c>), and one 256-byte block is <c>RSA_2048_PKCS1_ENCRYPT</c>. <see cref="SignedLicenseKey.Scheme"/>
    /// says which it was. When the policy's scheme is known, pass it instead: a key of another scheme is then refused.
    /// </summary>
    /// <param name="licenseKey">The license key.</param>
    /// <exception cref="SignedLicenseKeyException">
    /// The key's form is none of these (<see cref="VerificationFailureReason.MalformedInput"/>; e.g. a legacy or unsigned key),
    /// or it is forged, expired (JWT), or no key for its scheme was configured.
    /// </exception>
    public SignedLicenseKey Verify(string licenseKey)
    {
        ArgumentNullException.ThrowIfNull(licenseKey);
        var schemes = SignedKeyForms.Candidates(licenseKey);
        for (var i = 0; ; i++)
        {
            try
            {
                return Verify(licenseKey, schemes[i]);
            }
            catch (SignedLicenseKeyException e) when (e.Reason == VerificationFailureReason.SignatureInvalid && i < schemes.Count - 1)
            {
                // The RSA signing schemes share a form; a signature that is not one padding may be the other.
            }
        }
    }

    /// <summary>Verifies <paramref name="licenseKey"/> without throwing, telling its scheme from its form as <see cref="Verify(string)"/> does.</summary>
    /// <param name="licenseKey">The license key.</param>
    /// <returns>The verified key, or why it was refused.</returns>
    public VerificationResult<SignedLicenseKey> TryVerify(string licenseKey)
    {
        ArgumentNullException.ThrowIfNull(licenseKey);
        return VerificationResult<SignedLicenseKey>.Of(() => Verify(licenseKey));
    }

    /// <summary>Verifies <paramref name="licenseKey"/> for <paramref name="scheme"/> without throwing.</summary>
    /// <param name="licenseKey">The license key.</param>
    /// <param name="scheme">The policy's scheme.</param>
    /// <returns>The verified key, or why it was refused.</returns>
    public VerificationResult<SignedLicenseKey> TryVerify(string licenseKey, SignedKeyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(licenseKey);
        return VerificationResult<SignedLicenseKey>.Of(() => Verify(licenseKey, scheme));
    }

    /// <summary>Verifies <paramref name="licenseKey"/> for the policy scheme named as the API names it, e.g. <c>ED25519_SIGN</c>.</summary>
    /// <param name="licenseKey">The license key.</param>
    /// <param name="scheme">The policy's <c>scheme</c> attribute.</param>
    /// <exception cref="SignedLicenseKeyException">The key is malformed, forged, expired (JWT) or the scheme is unsupported.</exception>
    public SignedLicenseKey Verify(string licenseKey, string scheme) => Verify(licenseKey, SignedKeySchemes.FromApiName(scheme));

    /// <summary>Verifies <paramref name="licenseKey"/> and returns its dataset.</summary>
    /// <param name="licenseKey">The license key.</param>
    /// <param name="scheme">The policy's scheme.</param>
    /// <exception cref="SignedLicenseKeyException">The key is malformed, forged or expired (JWT), or no key for the scheme was configured.</exception>
    public SignedLicenseKey Verify(string licenseKey, SignedKeyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(licenseKey);
        var dataset = scheme switch
        {
            SignedKeyScheme.Ed25519Sign => VerifySigned(licenseKey, SigningAlgorithm.Ed25519),
            SignedKeyScheme.Rsa2048Pkcs1SignV2 => VerifySigned(licenseKey, SigningAlgorithm.RsaPkcs1Sha256),
            SignedKeyScheme.Rsa2048Pkcs1PssSignV2 => VerifySigned(licenseKey, SigningAlgorithm.RsaPssSha256),
            SignedKeyScheme.Rsa2048Pkcs1Encrypt => Recover(licenseKey),
            SignedKeyScheme.Rsa2048JwtRs256 => new JwtRs256Reader(this).Read(licenseKey),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
        };
        return new SignedLicenseKey(scheme, dataset);
    }

    internal KeygenVerificationOptions Options => _options;

    /// <summary>Checks an RSA or Ed25519 signature, raising the key's typed errors.</summary>
    internal void RequireSignature(SigningAlgorithm algorithm, string signedText, byte[] signature)
    {
        if (!_keys.Supports(algorithm))
        {
            throw Fail(VerificationFailureReason.UnsupportedAlgorithm, KeygenPublicKeys.MissingKeyMessage(algorithm));
        }

        if (!_keys.Verify(algorithm, Encoding.UTF8.GetBytes(signedText), signature))
        {
            throw Fail(VerificationFailureReason.SignatureInvalid, "The license key signature is invalid: the key was altered or not issued by this account.");
        }
    }

    internal static string DecodeText(byte[] bytes, string what)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw Fail(VerificationFailureReason.MalformedInput, $"The license key's {what} is not UTF-8 text.", ex);
        }
    }

    internal static SignedLicenseKeyException Fail(VerificationFailureReason reason, string message, Exception? inner = null) => new(reason, message, inner);

    /// <summary><c>key/&lt;base64url(dataset)&gt;.&lt;base64url(signature over "key/&lt;base64url(dataset)&gt;")&gt;</c>.</summary>
    private string VerifySigned(string licenseKey, SigningAlgorithm algorithm)
    {
        var signed = SignedDataset.Split(licenseKey, SignedPrefix)
            ?? throw Fail(VerificationFailureReason.MalformedInput, "The license key is not of the form key/<dataset>.<signature>, in URL-safe base64.");
        RequireSignature(algorithm, signed.SignedText, signed.Signature);
        return DecodeText(signed.Dataset, "dataset");
    }

    /// <summary>The dataset was "encrypted" with the private key (PKCS#1 v1.5 type 1): recovering it with the public key proves its origin.</summary>
    private string Recover(string licenseKey)
    {
        var rsa = _keys.Rsa ?? throw Fail(VerificationFailureReason.UnsupportedAlgorithm, KeygenPublicKeys.MissingKeyMessage(SigningAlgorithm.RsaPkcs1Sha256));
        var block = Encodings.FromBase64Url(licenseKey)
            ?? throw Fail(VerificationFailureReason.MalformedInput, "The license key is not URL-safe base64.");
        var dataset = rsa.RecoverPkcs1Type1(block)
            ?? throw Fail(VerificationFailureReason.SignatureInvalid, "The license key does not decrypt with the account's RSA public key: it was altered or not issued by this account.");
        return DecodeText(dataset, "dataset");
    }
}
