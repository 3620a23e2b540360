using System;
using System.Linq;
using Keygen;
using Keygen.Licensing;
using Keygen.Signatures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KeygenGen.Licensing.Tests;

/// <summary>Keygen's own license files (shared/fixtures/license-files, README there): real Ed25519 + AES-256-GCM data.</summary>
public sealed class RealLicenseFileTests
{
    private const string PublicKey = "775e65407f3d86de55efbac47d1bbeab79768a21a406e39976606a704984e7d1";
    private const string LicenseKey = "TEST-116A58-3F79F9-9F1982-9D63B1-V3";
    private static readonly DateTimeOffset AfterAllIssued = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static LicenseFileReader Reader(DateTimeOffset now, string publicKey = PublicKey) =>
        new(KeygenPublicKeys.Parse(publicKey), new KeygenVerificationOptions { TimeProvider = new FakeTimeProvider(now) });

    private static LicenseFileException Rejection(string certificate, string licenseKey = LicenseKey, DateTimeOffset? now = null) =>
        Assert.Throws<LicenseFileException>(() => Reader(now ?? AfterAllIssued).ReadLicenseFile(certificate, licenseKey));

    [Fact]
    public void Valid_lic_verifies_and_decrypts_to_the_license_with_its_includes()
    {
        var dataset = Reader(AfterAllIssued).ReadLicenseFile(Certificates.Fixture("valid.lic"), LicenseKey);

        Assert.Equal(LicenseFileKind.License, dataset.Kind);
        Assert.Equal("licenses", dataset.Data.GetProperty("type").GetString());
        Assert.Equal("a0025fa0-87eb-4076-9190-04038d2f2826", dataset.Data.GetProperty("id").GetString());
        Assert.Equal(DateTimeOffset.Parse("2022-12-19T17:57:50.524Z"), dataset.Issued);
        Assert.Null(dataset.Expiry);
        Assert.Null(dataset.Ttl);
        Assert.Equal(5, dataset.Included.Count);
        Assert.Equal(["EVENT_LOGS", "Permissions", "REQUEST_LOGS"], dataset.IncludedOfType("entitlements").Select(e => e.GetProperty("attributes").GetProperty("code").GetString()).Order());
        Assert.Equal("43981278-96e7-47de-b8c2-98d59987206b", Assert.Single(dataset.IncludedOfType("products")).GetProperty("id").GetString());
        Assert.Equal("7de54d1f-79db-4ff1-91f8-4eca06f5404e", Assert.Single(dataset.IncludedOfType("policies")).GetProperty("id").GetString());
    }

    [Fact]
    public void Expired_lic_is_authentic_but_reported_as_expired_with_its_dataset()
    {
        var error = Rejection(Certificates.Fixture("expired.lic"));

        Assert.Equal(VerificationFailureReason.Expired, error.Reason);
        var dataset = Assert.IsType<LicenseFileDataset>(error.Dataset);
        Assert.Equal(DateTimeOffset.Parse("2022-10-24T14:26:20.184Z"), dataset.Issued);
        Assert.Equal(DateTimeOffset.Parse("2022-10-24T15:26:20.184Z"), dataset.Expiry);
        Assert.Equal(TimeSpan.FromHours(1), dataset.Ttl);
    }

    [Fact]
    public void Expired_lic_was_valid_during_its_ttl()
    {
        var dataset = Reader(DateTimeOffset.Parse("2022-10-24T15:00:00Z")).ReadLicenseFile(Certificates.Fixture("expired.lic"), LicenseKey);
        Assert.Equal("licenses", dataset.Data.GetProperty("type").GetString());
    }

    [Fact]
    public void Tampered_lic_is_rejected_before_it_is_decrypted()
    {
        var error = Rejection(Certificates.Fixture("tampered.lic"));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
        Assert.Null(error.Dataset);
    }

    [Fact]
    public void A_rejected_license_file_is_a_KeygenException()
    {
        KeygenException error = Assert.ThrowsAny<KeygenException>(() => Reader(AfterAllIssued).ReadLicenseFile(Certificates.Fixture("tampered.lic"), LicenseKey));

        Assert.Equal(VerificationFailureReason.SignatureInvalid, Assert.IsType<LicenseFileException>(error).Reason);
    }

    [Theory]
    [InlineData("TEST-INVALID")]
    [InlineData("")]
    [InlineData("TEST-116A58-3F79F9-9F1982-9D63B1-V4")]
    public void A_wrong_license_key_fails_decryption_with_a_clear_error_that_does_not_echo_the_key(string wrongKey)
    {
        var error = Rejection(Certificates.Fixture("valid.lic"), wrongKey);

        Assert.Equal(VerificationFailureReason.DecryptionFailed, error.Reason);
        Assert.Contains("license key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LicenseKey, error.Message, StringComparison.Ordinal);
        if (wrongKey.Length > 0)
        {
            Assert.DoesNotContain(wrongKey, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_issued_after_the_local_time_means_the_clock_was_turned_back()
    {
        var error = Rejection(Certificates.Fixture("valid.lic"), now: DateTimeOffset.Parse("2022-12-19T17:00:00Z"));
        Assert.Equal(VerificationFailureReason.IssuedInFuture, error.Reason);
        Assert.NotNull(error.Dataset);
    }

    [Fact]
    public void Issue_times_within_the_drift_window_are_accepted()
    {
        Reader(DateTimeOffset.Parse("2022-12-19T17:55:00Z")).ReadLicenseFile(Certificates.Fixture("valid.lic"), LicenseKey);
    }

    [Fact]
    public void Another_account_key_rejects_the_file()
    {
        var otherKey = Vectors.VectorSet.Instance.Keys.OtherEd25519Hex;
        var error = Assert.Throws<LicenseFileException>(() => Reader(AfterAllIssued, otherKey).ReadLicenseFile(Certificates.Fixture("valid.lic"), LicenseKey));
        Assert.Equal(VerificationFailureReason.SignatureInvalid, error.Reason);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n\n")]
    public void Crlf_and_blank_lines_are_tolerated(string lineEnd)
    {
        var text = Certificates.Fixture("valid.lic").ReplaceLineEndings(lineEnd);
        Assert.Equal("licenses", Reader(AfterAllIssued).ReadLicenseFile(text, LicenseKey).Data.GetProperty("type").GetString());
    }

    [Fact]
    public void Indentation_trailing_spaces_and_surrounding_whitespace_are_tolerated()
    {
        var lines = Certificates.Fixture("valid.lic").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = "\n\n   " + string.Join("  \r\n\t  ", lines) + " \t\r\n\r\n";
        Assert.Equal("licenses", Reader(AfterAllIssued).ReadLicenseFile(text, LicenseKey).Data.GetProperty("type").GetString());
    }
}
