using System;
using System.Security.Cryptography;
using System.Text;
using Keygen.Licensing;
using Keygen.Signatures;
using Xunit;

namespace KeygenGen.Licensing.Tests;

/// <summary>
/// Offline activation proofs as Keygen's <c>Machine#generate_proof</c> makes them (Ruby's padded URL-safe base64 of the JSON
/// dataset, RSA PKCS#1 v1.5 SHA-256 over <c>proof/&lt;dataset&gt;</c>): verified and typed, or refused with a reason.
/// </summary>
public sealed class OfflineProofTests : IDisposable
{
    private const string Dataset = """
        {"account":{"id":"acc-1"},"product":{"id":"prod-1"},"policy":{"id":"pol-1","duration":1209600},
        "license":{"id":"lic-1","key":"SECRET-KEY-1234","expiry":"2026-01-31T10:00:00.000Z"},
        "machine":{"id":"mac-1","fingerprint":"fp-1","created":"2025-12-01T09:30:00.000Z"},"ts":"2025-12-02T10:00:00.000Z"}
        """;

    private readonly RSA _rsa = RSA.Create(2048);

    private KeygenPublicKeys Keys => new(rsa: RsaPublicKey.Parse(_rsa.ExportSubjectPublicKeyInfoPem()));

    [Fact]
    public void Keygens_default_dataset_is_verified_and_typed()
    {
        var proof = new OfflineProofVerifier(Keys).Verify(Proof(Dataset));

        Assert.Equal(("acc-1", "prod-1", "pol-1", TimeSpan.FromDays(14)), (proof.AccountId, proof.ProductId, proof.PolicyId, proof.PolicyDuration));
        Assert.Equal(("lic-1", "SECRET-KEY-1234", DateTimeOffset.Parse("2026-01-31T10:00:00Z")), (proof.LicenseId, proof.LicenseKey, proof.LicenseExpiry));
        Assert.Equal(("mac-1", "fp-1", DateTimeOffset.Parse("2025-12-01T09:30:00Z")), (proof.MachineId, proof.MachineFingerprint, proof.MachineCreated));
        Assert.Equal(DateTimeOffset.Parse("2025-12-02T10:00:00Z"), proof.Timestamp);
        Assert.DoesNotContain("SECRET", proof.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unpadded_base64_and_a_custom_dataset_are_read_too()
    {
        var proof = new OfflineProofVerifier(Keys).Verify(Proof("""{"fingerprint":"fp-9","nonce":1}""", padded: false));

        Assert.Equal("fp-9", proof.Dataset.GetProperty("fingerprint").GetString());
        Assert.Null(proof.MachineId);
        Assert.Null(proof.PolicyDuration);
    }

    [Theory]
    [InlineData("altered dataset", VerificationFailureReason.SignatureInvalid)]
    [InlineData("other key", VerificationFailureReason.SignatureInvalid)]
    [InlineData("no prefix", VerificationFailureReason.MalformedInput)]
    [InlineData("no signature", VerificationFailureReason.MalformedInput)]
    [InlineData("not base64", VerificationFailureReason.MalformedInput)]
    [InlineData("not an object", VerificationFailureReason.MalformedInput)]
    public void A_bad_proof_is_refused_with_its_reason_and_never_echoed(string defect, VerificationFailureReason reason)
    {
        using var other = RSA.Create(2048);
        var good = Proof(Dataset);
        var proof = defect switch
        {
            "altered dataset" => Proof(Dataset, signedDataset: Dataset.Replace("fp-1", "fp-2", StringComparison.Ordinal)),
            "other key" => Proof(Dataset, signer: other),
            "no prefix" => good["proof/".Length..],
            "no signature" => good[..good.LastIndexOf('.')],
            "not base64" => good.Insert("proof/".Length, "%"),
            _ => Proof("[1, 2]"),
        };

        var failure = Assert.Throws<OfflineProofException>(() => new OfflineProofVerifier(Keys).Verify(proof));

        Assert.Equal(reason, failure.Reason);
        Assert.DoesNotContain(proof, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_accounts_RSA_key_a_proof_cannot_be_checked()
    {
        var ed25519Only = new KeygenPublicKeys(Ed25519PublicKey.FromBytes(new byte[32] { 215, 90, 152, 1, 130, 177, 10, 183, 213, 75, 254, 211, 201, 100, 7, 58, 14, 225, 114, 243, 218, 166, 35, 37, 175, 2, 26, 104, 247, 7, 81, 26 }));

        var failure = Assert.Throws<OfflineProofException>(() => new OfflineProofVerifier(ed25519Only).Verify(Proof(Dataset)));

        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, failure.Reason);
    }

    public void Dispose() => _rsa.Dispose();

    /// <summary>A proof of <paramref name="dataset"/>, its signature made over <paramref name="signedDataset"/> (default: the same).</summary>
    private string Proof(string dataset, string? signedDataset = null, RSA? signer = null, bool padded = true)
    {
        string Encode(byte[] bytes)
        {
            var text = Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
            return padded ? text : text.TrimEnd('=');
        }

        var signedText = "proof/" + Encode(Encoding.UTF8.GetBytes(signedDataset ?? dataset));
        var signature = (signer ?? _rsa).SignData(Encoding.UTF8.GetBytes(signedText), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return "proof/" + Encode(Encoding.UTF8.GetBytes(dataset)) + "." + Encode(signature);
    }
}
