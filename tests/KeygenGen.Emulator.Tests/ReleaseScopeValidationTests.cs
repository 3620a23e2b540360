using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Validation's <c>scope.checksum</c> and <c>scope.version</c> against the license's product's releases and artifacts.</summary>
public sealed class ReleaseScopeValidationTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AVersionScopeMatchesAPublishedReleaseOfTheLicensesProduct()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(product))).Id;
        await Session.ReleaseAsync(product, "1.0.0");
        await Session.ReleaseAsync(product, "1.1.0", status: "DRAFT");
        await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "2.0.0");

        var published = await ValidateAsync(license, new JsonObject { ["version"] = "1.0.0" });
        var draft = await ValidateAsync(license, new JsonObject { ["version"] = "1.1.0" });
        var otherProduct = await ValidateAsync(license, new JsonObject { ["version"] = "2.0.0" });

        Assert.Equal("VALID", Code(published));
        Assert.Equal("1.0.0", published.Attributes["version"]!.GetValue<string>());
        Assert.Equal("VERSION_SCOPE_MISMATCH", Code(draft));
        Assert.Equal("version scope is not valid (does not match any accessible releases)", draft.Json!["meta"]!["detail"]!.GetValue<string>());
        Assert.False(draft.Json!["meta"]!["valid"]!.GetValue<bool>());
        Assert.Equal("VERSION_SCOPE_MISMATCH", Code(otherProduct));
    }

    [Fact]
    public async Task AChecksumScopeMatchesAnUploadedArtifactAndRecordsItsReleaseVersion()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(product))).Id;
        await Session.UploadedArtifactAsync((await Session.ReleaseAsync(product, "1.0.0")).Id, "a.zip", [1], checksum: "sha-one");
        await Session.UploadedArtifactAsync((await Session.ReleaseAsync(product, "1.2.0")).Id, "a.zip", [1], checksum: "sha-one");
        await Session.NewArtifactAsync((await Session.ReleaseAsync(product, "1.3.0")).Id, new JsonObject { ["filename"] = "b.zip", ["checksum"] = "sha-waiting" });

        var matched = await ValidateAsync(license, new JsonObject { ["checksum"] = "sha-one" });
        var waiting = await ValidateAsync(license, new JsonObject { ["checksum"] = "sha-waiting" });
        var unknown = await ValidateAsync(license, new JsonObject { ["checksum"] = "sha-unknown" });

        Assert.Equal("VALID", Code(matched));
        Assert.Equal("1.2.0", matched.Attributes["version"]!.GetValue<string>());
        Assert.Equal("CHECKSUM_SCOPE_MISMATCH", Code(waiting));
        Assert.Equal("checksum scope is not valid (does not match any accessible artifacts)", unknown.Json!["meta"]!["detail"]!.GetValue<string>());
        Assert.Equal("CHECKSUM_SCOPE_MISMATCH", Code(unknown));
    }

    [Fact]
    public async Task ConstrainedReleasesMatchOnlyWithTheEntitlementsOnLicensedProducts()
    {
        var licensed = await Session.DistributedProductAsync("LICENSED");
        var open = await Session.DistributedProductAsync("OPEN");
        var entitlement = await Session.EntitlementAsync(Names.Unique("SCP"));
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(licensed))).Id;
        var openLicense = (await Session.LicenseAsync(await Session.PolicyAsync(open))).Id;
        await Session.ReleaseAsync(licensed, "3.0.0", constrainedTo: entitlement);
        await Session.ReleaseAsync(open, "3.0.0", constrainedTo: entitlement);

        var without = await ValidateAsync(license, new JsonObject { ["version"] = "3.0.0" });
        var onOpenProduct = await ValidateAsync(openLicense, new JsonObject { ["version"] = "3.0.0" });
        await Session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", entitlement));
        var with = await ValidateAsync(license, new JsonObject { ["version"] = "3.0.0" });

        Assert.Equal("VERSION_SCOPE_MISMATCH", Code(without));
        Assert.Equal("VALID", Code(onOpenProduct));
        Assert.Equal("VALID", Code(with));
    }

    [Theory]
    [InlineData("requireChecksumScope", "CHECKSUM_SCOPE_REQUIRED", "checksum scope is required")]
    [InlineData("requireVersionScope", "VERSION_SCOPE_REQUIRED", "version scope is required")]
    public async Task APolicyCanRequireTheReleaseScopes(string requirement, string code, string detail)
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(product, new JsonObject { [requirement] = true }))).Id;
        var release = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        await Session.UploadedArtifactAsync(release, "a.zip", [1], checksum: "sha-req");

        var missing = await ValidateAsync(license, new JsonObject());
        var sent = await ValidateAsync(license, new JsonObject { ["checksum"] = "sha-req", ["version"] = "1.0.0" });

        Assert.Equal(code, Code(missing));
        Assert.Equal(detail, missing.Json!["meta"]!["detail"]!.GetValue<string>());
        Assert.Equal("VALID", Code(sent));
    }

    [Fact]
    public async Task TheMatchedVersionIsRecordedEvenWhenALaterCheckFails()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(product, new JsonObject { ["strict"] = true, ["floating"] = false }))).Id;
        await Session.ReleaseAsync(product, "4.5.6");

        var validated = await ValidateAsync(license, new JsonObject { ["version"] = "4.5.6" });
        var quick = await Session.GetAsync($"/licenses/{license}/actions/validate");

        Assert.Equal("NO_MACHINE", Code(validated));
        Assert.Equal("4.5.6", validated.Attributes["version"]!.GetValue<string>());
        Assert.Equal("4.5.6", quick.Attributes["version"]!.GetValue<string>());
    }

    private static string Code(ApiResponse response) => response.Json!["meta"]!["code"]!.GetValue<string>();

    private Task<ApiResponse> ValidateAsync(string license, JsonObject scope) =>
        Session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject { ["scope"] = scope }));
}
