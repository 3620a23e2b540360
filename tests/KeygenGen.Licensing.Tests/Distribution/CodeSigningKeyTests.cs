using System;
using System.Security.Cryptography;
using Keygen.Distribution;
using Keygen.Signatures;
using Xunit;

namespace KeygenGen.Licensing.Tests.Distribution;

/// <summary>Code-signing keys in the forms <c>keygen genkey</c> writes them, and a private key that is never printed.</summary>
public sealed class CodeSigningKeyTests
{
    [Fact]
    public void A_private_key_round_trips_in_the_CLIs_form_and_is_never_printed()
    {
        var key = ArtifactSigningKey.Generate();
        var hex = key.ToHex();

        var parsed = ArtifactSigningKey.Parse(hex);

        Assert.Equal(128, hex.Length);
        Assert.EndsWith(key.PublicKey.ToString(), hex, StringComparison.Ordinal); // Go's form: seed, then public key
        Assert.Equal(key.PublicKey, parsed.PublicKey);
        Assert.DoesNotContain(hex[..64], key.ToString(), StringComparison.Ordinal);
        Assert.Equal(key.SignPrehashed(SHA512.HashData("x"u8), "p"), parsed.SignPrehashed(SHA512.HashData("x"u8), "p"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("0011")]
    public void Malformed_keys_are_refused_without_echoing_them(string text)
    {
        var publicFailure = Assert.Throws<KeygenVerificationException>(() => CodeSigningKey.Parse(text));
        var privateFailure = Assert.Throws<KeygenVerificationException>(() => ArtifactSigningKey.Parse(text + "cafe"));

        Assert.Equal(VerificationFailureReason.InvalidPublicKey, publicFailure.Reason);
        Assert.Equal(VerificationFailureReason.InvalidPublicKey, privateFailure.Reason);
        Assert.DoesNotContain(text + "cafe", privateFailure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_whose_public_half_belongs_to_another_seed_is_refused()
    {
        var one = ArtifactSigningKey.Generate().ToHex();
        var other = ArtifactSigningKey.Generate().ToHex();

        var failure = Assert.Throws<KeygenVerificationException>(() => ArtifactSigningKey.Parse(one[..64] + other[64..]));

        Assert.Contains("public half", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_id_longer_than_an_Ed25519ph_context_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ArtifactSigningKey.Generate().SignPrehashed(new byte[64], new string('p', 256)));
    }
}
