using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Licensing;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>License check-out for offline use: the license-files resource (POST) and the raw certificate download (GET).</summary>
public sealed class LicenseFileOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    private LicenseFileReader Reader => Emulator.LicenseFileReader();

    [Fact]
    [Covers("licenses.checkOut")]
    public Task A_checked_out_license_file_verifies_offline_and_carries_what_was_included() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();

        var file = await Keygen.Licenses.CheckOutAsync(license.Id, new CheckOutLicenseRequest { Ttl = 3600, Include = [LicenseFileInclude.Product] });
        var dataset = Reader.ReadLicenseFile(file.Certificate, licenseKey: null);
        var read = await Keygen.Licenses.GetAsync(license.Id);

        Assert.Equal(license.Id, file.LicenseId);
        Assert.Equal(CheckoutAlgorithm.Base64Ed25519, file.Algorithm);
        Assert.Equal(3600, file.Ttl);
        Assert.Equal(file.Issued.AddHours(1), file.Expiry);
        Assert.Equal(["product"], file.Includes);
        Assert.StartsWith("-----BEGIN LICENSE FILE-----", file.Certificate, StringComparison.Ordinal);
        Assert.Equal(license.Id, dataset.Data.GetProperty("id").GetString());
        Assert.Equal(license.ProductId, Assert.Single(dataset.IncludedOfType("products")).GetProperty("id").GetString());
        Assert.Equal(TimeSpan.FromHours(1), dataset.Ttl);
        Assert.NotNull(read.LastCheckOut);
    });

    [Fact]
    [Covers("licenses.checkOut")]
    public Task An_encrypted_license_file_opens_only_with_its_license_key_and_a_short_ttl_is_refused() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();
        var other = await Keygen.LicenseAsync();

        var file = await Keygen.Licenses.CheckOutAsync(license.Id, new CheckOutLicenseRequest { Encrypt = true });
        var tooShort = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Licenses.CheckOutAsync(license.Id, new CheckOutLicenseRequest { Ttl = 60 }));

        Assert.Equal(CheckoutAlgorithm.Aes256GcmEd25519, file.Algorithm);
        Assert.Equal(license.Id, Reader.ReadLicenseFile(file.Certificate, license.Key).Data.GetProperty("id").GetString());
        Assert.Throws<LicenseFileException>(() => Reader.ReadLicenseFile(file.Certificate, other.Key));
        Assert.Equal((400, "CHECKOUT_TTL_INVALID"), (tooShort.StatusCode, tooShort.Code));
        Assert.Equal("ttl", tooShort.Errors[0].Source?.Parameter);
    });

    [Fact]
    [Covers("licenses.downloadLicenseFile")]
    public Task A_downloaded_license_file_is_the_raw_certificate_with_the_options_of_the_query() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        // Including the policy and product takes reading them, which Keygen leaves out of a license's defaults.
        var data = Emulator.Emulator.Data.Account(Emulator.Emulator.AccountId);
        data.Update(data.Find("licenses", license.Id)!, new System.Collections.Generic.Dictionary<string, object?>
        {
            ["permissions"] = new System.Text.Json.Nodes.JsonArray("license.read", "license.check-out", "policy.read", "product.read"),
        });
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        var bytes = await app.Licenses.DownloadLicenseFileAsync(license.Key, new DownloadLicenseFileRequest
        {
            Ttl = 7200,
            Encrypt = true,
            Include = [LicenseFileInclude.Policy, LicenseFileInclude.Product],
        });
        var certificate = Encoding.UTF8.GetString(bytes);
        var dataset = Reader.ReadLicenseFile(certificate, license.Key);

        Assert.StartsWith("-----BEGIN LICENSE FILE-----", certificate, StringComparison.Ordinal);
        Assert.Equal(license.Id, dataset.Data.GetProperty("id").GetString());
        Assert.Equal(TimeSpan.FromHours(2), dataset.Ttl);
        Assert.Equal(["policies", "products"], dataset.Included.Select(r => r.GetProperty("type").GetString()).Order());
        Assert.NotNull((await Keygen.Licenses.GetAsync(license.Id)).LastCheckOut);
    });
}
