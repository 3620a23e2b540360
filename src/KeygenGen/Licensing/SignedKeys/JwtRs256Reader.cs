using System;
using System.Text.Json;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>Verifies an <c>RSA_2048_JWT_RS256</c> key: header <c>alg</c> must be RS256, then the signature, then <c>exp</c>/<c>nbf</c>.</summary>
internal readonly struct JwtRs256Reader(SignedLicenseKeyVerifier verifier)
{
    public string Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, "The license key is not a JWT (header.claims.signature).");
        }

        var header = Decode(parts[0], "header");
        var claimsBytes = Decode(parts[1], "claims");
        var signature = Decode(parts[2], "signature");
        var algorithm = JsonReading.ParseObject(header)?.StringAt("alg")
            ?? throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, "The JWT header has no alg.");
        if (algorithm != "RS256")
        {
            throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.UnsupportedAlgorithm, $"The JWT algorithm \"{algorithm}\" is not RS256.");
        }

        verifier.RequireSignature(SigningAlgorithm.RsaPkcs1Sha256, $"{parts[0]}.{parts[1]}", signature);
        var claims = JsonReading.ParseObject(claimsBytes)
            ?? throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, "The JWT claims are not a JSON object.");
        CheckTimes(claims);
        return SignedLicenseKeyVerifier.DecodeText(claimsBytes, "claims");
    }

    private void CheckTimes(JsonElement claims)
    {
        var options = verifier.Options;
        var now = options.Now;
        if (Seconds(claims, "exp") is { } expiry && now >= expiry)
        {
            throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.Expired, $"The license key expired at {expiry:O}.");
        }

        if (options.MaxClockDrift is { } drift && Seconds(claims, "nbf") is { } notBefore && notBefore - now > drift)
        {
            throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.IssuedInFuture, $"The license key is not valid before {notBefore:O}; the local time is {now:O}.");
        }
    }

    private static DateTimeOffset? Seconds(JsonElement claims, string name) => claims.At(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var seconds) && seconds is >= -62135596800 and <= 253402300799 =>
            DateTimeOffset.FromUnixTimeSeconds(seconds),
        _ => throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, $"The JWT claim \"{name}\" is not a number of seconds."),
    };

    private static byte[] Decode(string part, string what) => Encodings.FromBase64Url(part)
        ?? throw SignedLicenseKeyVerifier.Fail(VerificationFailureReason.MalformedInput, $"The JWT {what} is not URL-safe base64.");
}
