using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Keygen.Licensing;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

/// <summary>Signed keys of every scheme, made by make-vectors.mjs.</summary>
public sealed class SignedLicenseKeyTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    private static SignedLicenseKeyVerifier Verifier(KeygenPublicKeys? keys = null, TimeSpan clockOffset = default) => new(keys ?? V.PublicKeys, V.ClockAt(clockOffset));

    private static SignedKeyVector Key(string scheme, string? note = null) =>
        V.SignedKeys.First(k => k.Scheme == scheme && k.Note == note);

    private static VerificationFailureReason Rejection(string key, string scheme, KeygenPublicKeys? keys = null) =>
        Assert.Throws<SignedLicenseKeyException>(() => Verifier(keys).Verify(key, scheme)).Reason;

    public static TheoryData<string, string?> ValidKeys => new()
    {
        { "ED25519_SIGN", null },
        { "RSA_2048_PKCS1_SIGN_V2", null },
        { "RSA_2048_PKCS1_PSS_SIGN_V2", null },
        { "RSA_2048_PKCS1_PSS_SIGN_V2", "salt length 32" },
        { "RSA_2048_PKCS1_ENCRYPT", null },
        { "RSA_2048_JWT_RS256", null },
        { "RSA_2048_JWT_RS256", "no exp" },
    };

    public static TheoryData<string> Schemes => new(V.SignedKeys.Select(k => k.Scheme).Distinct());

    [Theory]
    [MemberData(nameof(ValidKeys))]
    public void Every_scheme_verifies_and_yields_its_dataset(string scheme, string? note)
    {
        var vector = Key(scheme, note);
        var verified = Verifier().Verify(vector.Key, scheme);

        Assert.Equal(SignedKeySchemes.FromApiName(scheme), verified.Scheme);
        Assert.Equal(vector.Dataset, verified.Dataset);
        Assert.NotNull(verified.DatasetJson);
        Assert.Equal($"SignedLicenseKey({scheme})", verified.ToString());
    }

    [Fact]
    public void The_default_dataset_exposes_the_license()
    {
        var verified = Verifier().Verify(Key("ED25519_SIGN").Key, SignedKeyScheme.Ed25519Sign);
        Assert.Equal(36, verified.DatasetJson!.Value.GetProperty("license").GetProperty("id").GetString()!.Length);
        Assert.Equal(JsonValueKind.Null, verified.DatasetJson!.Value.GetProperty("user").ValueKind);
    }

    [Fact]
    public void A_custom_text_dataset_is_returned_as_text()
    {
        var custom = V.SignedKeys.Single(k => k.Dataset == "custom dataset: seats=5");
        var verified = Verifier().Verify(custom.Key, SignedKeyScheme.Ed25519Sign);
        Assert.Equal("custom dataset: seats=5", verified.Dataset);
        Assert.Null(verified.DatasetJson);
    }

    [Fact]
    public void The_signature_part_may_drop_its_padding()
    {
        var key = Key("ED25519_SIGN").Key.TrimEnd('=');
        Assert.Equal(Key("ED25519_SIGN").Dataset, Verifier().Verify(key, SignedKeyScheme.Ed25519Sign).Dataset);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void A_changed_character_anywhere_in_the_key_is_rejected(string scheme)
    {
        var key = Key(scheme).Key;
        foreach (var index in new[] { 8, key.Length / 2, key.Length - 5 })
        {
            var tampered = Certificates.FlipCharacter(key, index);
            var reason = Assert.Throws<SignedLicenseKeyException>(() => Verifier().Verify(tampered, scheme)).Reason;
            Assert.True(reason is VerificationFailureReason.SignatureInvalid or VerificationFailureReason.MalformedInput, $"{scheme} at {index}: {reason}");
        }
    }

    [Fact]
    public void A_forged_dataset_with_the_original_signature_is_rejected()
    {
        var key = Key("ED25519_SIGN").Key;
        var signature = key[(key.LastIndexOf('.') + 1)..];
        var forgedDataset = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"license\":{\"expiry\":null}}")).Replace('+', '-').Replace('/', '_');
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection($"key/{forgedDataset}.{signature}", "ED25519_SIGN"));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Keys_from_another_account_are_rejected(string scheme)
    {
        var other = new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.OtherEd25519Hex), RsaPublicKey.Parse(V.Keys.OtherRsaPem));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(Key(scheme).Key, scheme, other));
    }

    [Fact]
    public void A_key_verified_under_the_wrong_scheme_is_rejected()
    {
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(Key("RSA_2048_PKCS1_PSS_SIGN_V2").Key, "RSA_2048_PKCS1_SIGN_V2"));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(Key("RSA_2048_PKCS1_SIGN_V2").Key, "RSA_2048_PKCS1_PSS_SIGN_V2"));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(Key("ED25519_SIGN").Key, "RSA_2048_PKCS1_SIGN_V2"));
    }

    [Fact]
    public void An_expired_jwt_is_reported_as_expired()
    {
        Assert.Equal(VerificationFailureReason.Expired, Rejection(Key("RSA_2048_JWT_RS256", "expired").Key, "RSA_2048_JWT_RS256"));
    }

    [Fact]
    public void A_jwt_used_before_its_nbf_means_the_clock_is_wrong()
    {
        var error = Assert.Throws<SignedLicenseKeyException>(() =>
            Verifier(clockOffset: TimeSpan.FromDays(-2)).Verify(Key("RSA_2048_JWT_RS256").Key, SignedKeyScheme.Rsa2048JwtRs256));
        Assert.Equal(VerificationFailureReason.IssuedInFuture, error.Reason);
    }

    [Fact]
    public void A_jwt_with_another_algorithm_is_rejected()
    {
        var key = Key("RSA_2048_JWT_RS256").Key;
        var none = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":\"none\"}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(none + key[key.IndexOf('.')..], "RSA_2048_JWT_RS256"));
    }

    [Fact]
    public void A_scheme_without_its_key_or_unknown_to_the_sdk_is_unsupported()
    {
        var ed25519Only = new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.Ed25519Hex));
        var rsaOnly = new KeygenPublicKeys(rsa: RsaPublicKey.Parse(V.Keys.RsaPem));

        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(Key("RSA_2048_PKCS1_ENCRYPT").Key, "RSA_2048_PKCS1_ENCRYPT", ed25519Only));
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(Key("RSA_2048_JWT_RS256").Key, "RSA_2048_JWT_RS256", ed25519Only));
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(Key("ED25519_SIGN").Key, "ED25519_SIGN", rsaOnly));
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(Key("ED25519_SIGN").Key, "ECDSA_P256_SIGN"));
    }

    [Theory]
    [InlineData("", "ED25519_SIGN")]
    [InlineData("ABCDEF-123456-V3", "ED25519_SIGN")]
    [InlineData("key/no-signature", "ED25519_SIGN")]
    [InlineData("key/!!!.AAAA", "RSA_2048_PKCS1_SIGN_V2")]
    [InlineData("not base64!", "RSA_2048_PKCS1_ENCRYPT")]
    [InlineData("a.b", "RSA_2048_JWT_RS256")]
    [InlineData("e30.e30.AAAA", "RSA_2048_JWT_RS256")]
    public void Malformed_keys_are_typed_errors(string key, string scheme)
    {
        Assert.Equal(VerificationFailureReason.MalformedInput, Rejection(key, scheme));
    }

    [Fact]
    public void Errors_never_echo_the_key()
    {
        var key = Certificates.FlipCharacter(Key("ED25519_SIGN").Key, 20);
        var error = Assert.Throws<SignedLicenseKeyException>(() => Verifier().Verify(key, SignedKeyScheme.Ed25519Sign));
        Assert.DoesNotContain(key[4..30], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_names_round_trip()
    {
        foreach (var scheme in Enum.GetValues<SignedKeyScheme>())
        {
            Assert.Equal(scheme, SignedKeySchemes.FromApiName(scheme.ToApiName()));
        }
    }
}
