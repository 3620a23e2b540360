using System;
using System.Linq;
using Keygen.Licensing;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

/// <summary>License and machine files made by make-vectors.mjs.</summary>
public sealed class LicenseFileVectorTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    private static LicenseFileReader Reader(KeygenPublicKeys? keys = null) => new(keys ?? V.PublicKeys, V.ClockAt());

    private static LicenseFileException Rejection(string certificate, string? licenseKey = null) =>
        Assert.Throws<LicenseFileException>(() => Reader().ReadLicenseFile(certificate, licenseKey ?? V.LicenseKey));

    [Theory]
    [InlineData("license-aes")]
    [InlineData("license-base64")]
    [InlineData("license-rsa-pss")]
    public void License_files_verify_and_decode_with_their_meta(string name)
    {
        var vector = V.LicenseFile(name);
        var dataset = Reader().ReadLicenseFile(vector.Certificate, V.LicenseKey);

        Assert.Equal(V.LicenseKey, dataset.Data.GetProperty("attributes").GetProperty("key").GetString());
        Assert.Equal(vector.Meta!.Issued, dataset.Issued);
        Assert.Equal(vector.Meta.Expiry, dataset.Expiry);
        Assert.Equal(vector.Meta.Ttl, (long?)dataset.Ttl?.TotalSeconds);
        Assert.Equal(["FEATURE_A", "FEATURE_B"], dataset.IncludedOfType("entitlements").Select(e => e.GetProperty("attributes").GetProperty("code").GetString()));
    }

    [Fact]
    public void An_unencrypted_file_needs_no_license_key()
    {
        Assert.Equal("licenses", Reader().ReadLicenseFile(V.LicenseFile("license-base64").Certificate, null).Data.GetProperty("type").GetString());
    }

    [Fact]
    public void An_encrypted_file_without_a_license_key_is_a_decryption_error()
    {
        var error = Assert.Throws<LicenseFileException>(() => Reader().ReadLicenseFile(V.LicenseFile("license-aes").Certificate, null));
        Assert.Equal(VerificationFailureReason.DecryptionFailed, error.Reason);
    }

    [Fact]
    public void A_machine_file_decrypts_with_license_key_plus_fingerprint()
    {
        var dataset = Reader().ReadMachineFile(V.LicenseFile("machine-aes").Certificate, V.LicenseKey, V.Fingerprint);

        Assert.Equal(LicenseFileKind.Machine, dataset.Kind);
        Assert.Equal("machines", dataset.Data.GetProperty("type").GetString());
        Assert.Equal(V.Fingerprint, dataset.Data.GetProperty("attributes").GetProperty("fingerprint").GetString());
        Assert.Equal("licenses", Assert.Single(dataset.Included).GetProperty("type").GetString());
    }

    [Fact]
    public void A_machine_file_for_another_fingerprint_fails_decryption()
    {
        var error = Assert.Throws<LicenseFileException>(() => Reader().ReadMachineFile(V.LicenseFile("machine-aes").Certificate, V.LicenseKey, "another-machine"));
        Assert.Equal(VerificationFailureReason.DecryptionFailed, error.Reason);
        Assert.DoesNotContain(V.LicenseKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_license_file_relabelled_as_a_machine_file_is_rejected()
    {
        var relabelled = Certificates.Rewrite(V.LicenseFile("license-aes").Certificate, _ => { }, "MACHINE FILE");
        var error = Assert.Throws<LicenseFileException>(() => Reader().ReadMachineFile(relabelled, V.LicenseKey, V.Fingerprint));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
    }

    [Fact]
    public void The_wrong_kind_of_file_is_reported()
    {
        Assert.Equal(VerificationFailureReason.MalformedInput, Rejection(V.LicenseFile("machine-aes").Certificate).Reason);
    }

    [Theory]
    [InlineData("enc", 0)]
    [InlineData("enc", 30)]
    [InlineData("sig", 3)]
    public void Tampering_with_the_encrypted_data_or_the_signature_is_rejected(string field, int index)
    {
        var tampered = Certificates.Rewrite(V.LicenseFile("license-aes").Certificate, json => json[field] = Certificates.FlipCharacter(json[field]!.GetValue<string>(), index));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(tampered).Reason);
    }

    [Fact]
    public void Tampering_with_an_unencrypted_dataset_is_rejected()
    {
        var tampered = Certificates.Rewrite(V.LicenseFile("license-base64").Certificate, json => json["enc"] = Certificates.FlipCharacter(json["enc"]!.GetValue<string>(), 40));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, Rejection(tampered).Reason);
    }

    [Fact]
    public void A_file_signed_by_another_key_is_rejected()
    {
        var other = new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.OtherEd25519Hex), RsaPublicKey.Parse(V.Keys.OtherRsaPem));
        foreach (var name in new[] { "license-aes", "license-rsa-pss" })
        {
            var error = Assert.Throws<LicenseFileException>(() => Reader(other).ReadLicenseFile(V.LicenseFile(name).Certificate, V.LicenseKey));
            Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
        }
    }

    [Fact]
    public void Expired_and_future_files_are_reported_with_their_dataset()
    {
        var expired = Rejection(V.LicenseFile("license-expired").Certificate);
        var future = Rejection(V.LicenseFile("license-issued-in-future").Certificate);

        Assert.Equal(VerificationFailureReason.Expired, expired.Reason);
        Assert.Equal(V.LicenseFile("license-expired").Meta!.Expiry, expired.Dataset!.Expiry);
        Assert.Equal(VerificationFailureReason.IssuedInFuture, future.Reason);
        Assert.Equal(V.LicenseFile("license-issued-in-future").Meta!.Issued, future.Dataset!.Issued);
    }

    [Fact]
    public void Unsupported_algorithms_and_missing_keys_are_typed_errors()
    {
        var ecdsa = Rejection(V.LicenseFile("license-ecdsa").Certificate);
        var renamed = Certificates.Rewrite(V.LicenseFile("license-aes").Certificate, json => json["alg"] = "aes-128-cbc+ed25519");
        var rsaWithoutKey = Assert.Throws<LicenseFileException>(() =>
            Reader(new KeygenPublicKeys(Ed25519PublicKey.Parse(V.Keys.Ed25519Hex))).ReadLicenseFile(V.LicenseFile("license-rsa-pss").Certificate, V.LicenseKey));

        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, ecdsa.Reason);
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, Rejection(renamed).Reason);
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, rsaWithoutKey.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("-----BEGIN LICENSE FILE-----\n-----END LICENSE FILE-----")]
    [InlineData("-----BEGIN LICENSE FILE-----\nnot*base64\n-----END LICENSE FILE-----")]
    [InlineData("-----BEGIN LICENSE FILE-----\naGVsbG8=\n-----END LICENSE FILE-----")]
    [InlineData("-----BEGIN LICENSE FILE-----\neyJlbmMiOiJ4In0=\n-----END LICENSE FILE-----")]
    [InlineData("-----BEGIN LICENSE FILE-----\neyJlbmMiOiJ4Iiwic2lnIjoiQUFBQSIsImFsZyI6ImJhc2U2NCtlZDI1NTE5In0=\n-----END MACHINE FILE-----")]
    public void Text_that_is_not_a_license_file_is_a_typed_error(string text)
    {
        Assert.Equal(VerificationFailureReason.MalformedInput, Rejection(text).Reason);
    }

    [Theory]
    [InlineData("license-without-meta")]
    [InlineData("license-bad-issued")]
    [InlineData("license-not-json")]
    public void An_authentic_file_with_a_malformed_dataset_is_a_typed_error(string name)
    {
        Assert.Equal(VerificationFailureReason.MalformedInput, Rejection(V.LicenseFile(name).Certificate).Reason);
    }

    [Fact]
    public void The_armour_reports_kind_and_algorithm_without_verifying()
    {
        var certificate = LicenseFileCertificate.Parse(V.LicenseFile("machine-aes").Certificate);
        Assert.Equal(LicenseFileKind.Machine, certificate.Kind);
        Assert.Equal("aes-256-gcm+ed25519", certificate.Algorithm);
    }
}
