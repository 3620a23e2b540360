using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Who sees and downloads which releases and artifacts: anonymous, licensed and staff callers per distribution strategy.</summary>
public sealed class DistributionAccessTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task ALicenseListsItsLicensedProductAndEveryOpenOne()
    {
        var own = await Session.DistributedProductAsync("LICENSED");
        var open = await Session.DistributedProductAsync("OPEN");
        var closed = await Session.DistributedProductAsync("CLOSED");
        var license = await Session.LicenseAsync(await Session.PolicyAsync(own), new JsonObject { ["permissions"] = new JsonArray("product.read") });
        var key = As.Bearer((await Session.PostAsync($"/licenses/{license.Id}/tokens")).Attributes["token"]!.GetValue<string>());

        var listed = await Session.GetAsync("/products?page[size]=100&page[number]=1", key);

        var ids = listed.Data.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(200, listed.Code);
        Assert.Contains(own, ids);
        Assert.Contains(open, ids);
        Assert.DoesNotContain(closed, ids);
    }

    [Fact]
    public async Task AnonymousCallersSeeOnlyPublishedUnconstrainedReleasesOfOpenProducts()
    {
        var open = await Session.DistributedProductAsync("OPEN");
        var licensed = await Session.DistributedProductAsync("LICENSED");
        var published = (await Session.ReleaseAsync(open, "1.0.0")).Id;
        var draft = (await Session.ReleaseAsync(open, "1.1.0", status: "DRAFT")).Id;
        var constrained = (await Session.ReleaseAsync(open, "1.2.0", constrainedTo: await Session.EntitlementAsync(Names.Unique("OPN")))).Id;
        var ofLicensed = (await Session.ReleaseAsync(licensed, "1.0.0")).Id;

        var listed = await Session.GetAsync($"/releases?product={open}", As.Anonymous);
        var shows = await Task.WhenAll(new[] { published, draft, constrained, ofLicensed }.Select(id => Session.GetAsync("/releases/" + id, As.Anonymous)));
        var admin = await Session.GetAsync($"/releases?product={open}");

        Assert.Equal(published, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal([200, 404, 404, 404], shows.Select(r => r.Code));
        Assert.Equal(3, admin.Data.AsArray().Count);
    }

    [Fact]
    public async Task AnonymousDownloadsOfAnOpenProductNeedAnUploadedArtifact()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("OPEN"), "1.0.0")).Id;
        var uploaded = await Session.UploadedArtifactAsync(release, "open.zip", [7, 7]);
        var waiting = (await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "later.zip" })).Id;

        var download = await Session.GetAsync("/artifacts/" + uploaded, As.Anonymous);
        var hidden = await Session.GetAsync("/artifacts/" + waiting, As.Anonymous);
        var create = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "mine.zip" }, As.Anonymous);

        Assert.Equal(303, download.Code);
        Assert.Equal(404, hidden.Code);
        Assert.Equal(401, create.Code);
    }

    [Fact]
    public async Task ALicenseSeesItsProductsPublishedReleasesWithinItsEntitlements()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var policy = await Session.PolicyAsync(product, new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var license = await Session.LicenseAsync(policy);
        var key = As.License(license.Attributes["key"]!.GetValue<string>());
        var code = Names.Unique("DL");
        var entitlement = await Session.EntitlementAsync(code);
        var open = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        var gated = (await Session.ReleaseAsync(product, "1.1.0", constrainedTo: entitlement)).Id;
        await Session.ReleaseAsync(product, "1.2.0", status: "DRAFT");
        await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "9.0.0");

        var before = await Session.GetAsync("/releases", key);
        await Session.PostAsync($"/licenses/{license.Id}/entitlements", Json.Linkages("entitlements", entitlement));
        var after = await Session.GetAsync("/releases", key);

        Assert.Equal(open, Assert.Single(before.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(new[] { open, gated }.Order(), after.Data.AsArray().Select(r => r!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task AUserWhoseLicenseIsSuspendedIsRefusedTheDownloadWithKeygensReason()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var email = Names.Email("owner");
        var user = await Session.UserAsync(email);
        var token = As.Bearer(await Session.TokenForAsync(email));
        var license = await Session.LicenseAsync(await Session.PolicyAsync(product), ownerId: user);
        var artifact = await Session.UploadedArtifactAsync((await Session.ReleaseAsync(product, "1.0.0")).Id, "app.zip", [1]);

        var allowed = await Session.GetAsync("/artifacts/" + artifact, token);
        await Session.PostAsync($"/licenses/{license.Id}/actions/suspend");
        var refused = await Session.GetAsync("/artifacts/" + artifact, token);
        var suspendedKey = await Session.GetAsync("/artifacts/" + artifact, As.License(license.Attributes["key"]!.GetValue<string>()));

        Assert.Equal(303, allowed.Code);
        Assert.Equal(403, refused.Code);
        Assert.Equal("You do not have permission to complete the request (license is suspended)", refused.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(403, suspendedKey.Code);
    }

    [Fact]
    public async Task AClosedProductIsForStaffAndItselfOnly()
    {
        var product = await Session.DistributedProductAsync("CLOSED");
        var license = await Session.LicenseAsync(await Session.PolicyAsync(product, new JsonObject { ["authenticationStrategy"] = "LICENSE" }));
        var release = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        var productToken = As.Bearer(await Session.ProductTokenAsync(product));
        var otherProduct = As.Bearer(await Session.ProductTokenAsync(await Session.DistributedProductAsync("OPEN")));

        var asLicense = await Session.GetAsync("/releases/" + release, As.License(license.Attributes["key"]!.GetValue<string>()));
        var asProduct = await Session.GetAsync("/releases/" + release, productToken);
        var asOtherProduct = await Session.GetAsync("/releases/" + release, otherProduct);
        var writeAsOther = await Session.PostAsync($"/releases/{release}/actions/yank", null, otherProduct);
        var writeAsSelf = await Session.PostAsync($"/releases/{release}/actions/yank", null, productToken);

        Assert.Equal(404, asLicense.Code);
        Assert.Equal(200, asProduct.Code);
        Assert.Equal(404, asOtherProduct.Code);
        Assert.Equal(404, writeAsOther.Code);
        Assert.Equal(200, writeAsSelf.Code);
    }
}
