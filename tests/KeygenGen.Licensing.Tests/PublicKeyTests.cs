using System;
using System.Text;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

public sealed class PublicKeyTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    [Fact]
    public void The_hex_and_account_meta_forms_of_an_ed25519_key_are_the_same_key()
    {
        Assert.Equal(V.Keys.Ed25519Hex, Ed25519PublicKey.Parse(V.Keys.Ed25519Hex).ToString());
        Assert.Equal(V.Keys.Ed25519Hex, Ed25519PublicKey.Parse(V.Keys.Ed25519AccountMeta).ToString());
        Assert.Equal(V.Keys.Ed25519Hex, Ed25519PublicKey.Parse("  " + V.Keys.Ed25519Hex.ToUpperInvariant() + "\n").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("775e65407f3d86de55efbac47d1bbeab79768a21a406e39976606a704984e7")]
    [InlineData("zz5e65407f3d86de55efbac47d1bbeab79768a21a406e39976606a704984e7d1")]
    [InlineData("not a key at all")]
    [InlineData("bm90IGhleA==")]
    public void Malformed_ed25519_keys_are_rejected_with_a_typed_error(string text)
    {
        var error = Assert.Throws<KeygenVerificationException>(() => Ed25519PublicKey.Parse(text));
        Assert.Equal(VerificationFailureReason.InvalidPublicKey, error.Reason);
    }

    [Fact]
    public void Rsa_keys_are_read_from_spki_pkcs1_and_account_meta_forms()
    {
        var response = V.Response("rsa-sha256").ToMessage();
        foreach (var form in new[] { V.Keys.RsaPem, V.Keys.RsaPkcs1Pem, V.Keys.RsaAccountMeta })
        {
            new KeygenSignatureVerifier(new KeygenPublicKeys(rsa: RsaPublicKey.Parse(form)), V.ClockAt()).Verify(response);
        }
    }

    [Theory]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    [InlineData("not base64 ???")]
    [InlineData("aGVsbG8=")]
    public void Malformed_rsa_keys_are_rejected_with_a_typed_error(string text)
    {
        var error = Assert.Throws<KeygenVerificationException>(() => RsaPublicKey.Parse(text));
        Assert.Equal(VerificationFailureReason.InvalidPublicKey, error.Reason);
    }

    [Fact]
    public void A_private_key_pem_is_refused()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var error = Assert.Throws<KeygenVerificationException>(() => RsaPublicKey.Parse(rsa.ExportRSAPrivateKeyPem()));
        Assert.Equal(VerificationFailureReason.InvalidPublicKey, error.Reason);
        Assert.Contains("private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_set_needs_at_least_one_key()
    {
        Assert.Throws<ArgumentException>(() => new KeygenPublicKeys());
        Assert.Throws<ArgumentException>(() => KeygenPublicKeys.Parse(null));
    }

    [Fact]
    public void The_account_meta_ed25519_form_is_base64_of_the_hex_text()
    {
        Assert.Equal(V.Keys.Ed25519Hex, Encoding.UTF8.GetString(Convert.FromBase64String(V.Keys.Ed25519AccountMeta)));
    }
}
