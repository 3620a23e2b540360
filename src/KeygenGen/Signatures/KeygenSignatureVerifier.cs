using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Keygen.Signatures;

/// <summary>
/// Verifies Keygen's HTTP signatures on responses and webhook requests (keygen-api.md §1.14–1.15): Ed25519
/// (or an RSA algorithm, when its key is given) over the four-line signing string, the SHA-256 body digest,
/// and the signed date against the allowed clock drift, so a replayed old message is rejected.
/// Thread-safe; create one per key set and reuse it.
/// </summary>
public sealed class KeygenSignatureVerifier
{
    private const string SignedHeaderList = "(request-target) host date digest";
    private const string DigestPrefix = "sha-256=";

    private readonly KeygenPublicKeys _keys;
    private readonly KeygenVerificationOptions _options;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The account's public keys.</param>
    /// <param name="options">Clock and drift; the defaults allow 5 minutes.</param>
    public KeygenSignatureVerifier(KeygenPublicKeys keys, KeygenVerificationOptions? options = null)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _options = options ?? new KeygenVerificationOptions();
    }

    /// <summary>Verifies a signed message; returns normally only when it is authentic, unaltered and fresh.</summary>
    /// <param name="message">The message as sent or received.</param>
    /// <exception cref="KeygenSignatureException">The message failed verification; <see cref="KeygenVerificationException.Reason"/> says why.</exception>
    public void Verify(SignedHttpMessage message)
    {
        if (Check(message) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Verifies a signed message without throwing: the result holds the message when it is authentic, unaltered and fresh, else why not.</summary>
    /// <param name="message">The message as sent or received.</param>
    /// <returns>The outcome; <see cref="VerificationResult{T}.Value"/> is <paramref name="message"/> when it verified.</returns>
    public VerificationResult<SignedHttpMessage> TryVerify(SignedHttpMessage message) =>
        Check(message) is { } failure ? VerificationResult<SignedHttpMessage>.Refused(failure) : VerificationResult<SignedHttpMessage>.Valid(message);

    /// <summary>Every check of <see cref="Verify"/>, in order; the first failure is returned rather than thrown, so that <see cref="TryVerify"/> costs no exception.</summary>
    private KeygenSignatureException? Check(SignedHttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        if (headers.Signature is not { } signatureHeader)
        {
            return Fail(VerificationFailureReason.MissingHeader, "The Keygen-Signature header is missing.");
        }

        if (headers.Date is not { } date)
        {
            return Fail(VerificationFailureReason.MissingHeader, "The Date header is missing.");
        }

        if (headers.Digest is not { } digest)
        {
            return Fail(VerificationFailureReason.MissingHeader, "The Digest header is missing.");
        }

        if (ReadSignatureHeader(signatureHeader, out var algorithm, out var signature) is { } malformed)
        {
            return malformed;
        }

        if (!_keys.Supports(algorithm))
        {
            return Fail(VerificationFailureReason.UnsupportedAlgorithm, KeygenPublicKeys.MissingKeyMessage(algorithm));
        }

        var signingString = $"(request-target): {message.Method.ToLowerInvariant()} {message.RequestTarget}\n" +
                            $"host: {HostWithoutPort(message.Host)}\ndate: {date}\ndigest: {digest}";
        if (!_keys.Verify(algorithm, Encoding.UTF8.GetBytes(signingString), signature))
        {
            return Fail(VerificationFailureReason.SignatureInvalid, "The Keygen-Signature does not match the request target, host, date and digest.");
        }

        return CheckDigest(digest, message.Body.Span) ?? CheckDate(date);
    }

    private static KeygenSignatureException? ReadSignatureHeader(string header, out SigningAlgorithm algorithm, out byte[] signature)
    {
        algorithm = default;
        signature = [];
        var parameters = SignatureParameters.Parse(header);
        if (parameters is null)
        {
            return Fail(VerificationFailureReason.MalformedHeader, "The Keygen-Signature header is not a list of name=\"value\" parameters.");
        }

        if (parameters.Algorithm is null || parameters.Signature is null)
        {
            return Fail(VerificationFailureReason.MalformedHeader, "The Keygen-Signature header lacks its algorithm or signature parameter.");
        }

        // Anything less than all four lines would leave the body, date or target unsigned.
        if (parameters.Headers is null || !string.Equals(parameters.Headers.Trim(), SignedHeaderList, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(VerificationFailureReason.MalformedHeader, $"The Keygen-Signature must sign exactly \"{SignedHeaderList}\".");
        }

        if (SignatureAlgorithms.FromName(parameters.Algorithm) is not { } named)
        {
            return Fail(VerificationFailureReason.UnsupportedAlgorithm, $"The signature algorithm \"{parameters.Algorithm}\" is not supported.");
        }

        if (Encodings.FromBase64(parameters.Signature) is not { } decoded)
        {
            return Fail(VerificationFailureReason.MalformedHeader, "The Keygen-Signature signature parameter is not base64.");
        }

        algorithm = named;
        signature = decoded;
        return null;
    }

    private static KeygenSignatureException? CheckDigest(string digest, ReadOnlySpan<byte> body)
    {
        if (!digest.StartsWith(DigestPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(VerificationFailureReason.MalformedHeader, "The Digest header is not a sha-256 digest.");
        }

        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(SHA256.HashData(body)));
        var actual = Encoding.ASCII.GetBytes(digest[DigestPrefix.Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? null
            : Fail(VerificationFailureReason.DigestMismatch, "The body does not match the signed SHA-256 digest.");
    }

    private KeygenSignatureException? CheckDate(string date)
    {
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return Fail(VerificationFailureReason.MalformedHeader, "The Date header is not an HTTP date.");
        }

        if (_options.MaxClockDrift is not { } drift)
        {
            return null;
        }

        var age = _options.Now - signedAt;
        if (age > drift)
        {
            return Fail(VerificationFailureReason.DateTooOld, $"The signed date is {age.TotalSeconds:F0} s old, more than the allowed {drift.TotalSeconds:F0} s: a replayed or stale message.");
        }

        return -age > drift
            ? Fail(VerificationFailureReason.DateInFuture, $"The signed date is {(-age).TotalSeconds:F0} s ahead of the local clock, more than the allowed {drift.TotalSeconds:F0} s.")
            : null;
    }

    /// <summary>Keygen signs Rails' <c>request.host</c>, which drops the port (IPv6 literals keep their brackets).</summary>
    private static string HostWithoutPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']', colon) < 0 && (host[0] == '[' || host.IndexOf(':') == colon) ? host[..colon] : host;
    }

    private static KeygenSignatureException Fail(VerificationFailureReason reason, string message) => new(reason, message);
}
