using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Releases over raw HTTP: document shape, version and tag as id, Keygen's validation codes, constraints, publish/yank and upgrades.</summary>
public sealed class ReleaseTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AReleaseHasKeygensDocumentShape()
    {
        var product = await Session.DistributedProductAsync("LICENSED");

        var created = await Session.ReleaseAsync(product, "1.2.3-beta.4+build.5", status: "DRAFT", channel: "beta");

        var self = Session.PathOf("/releases/" + created.Id);
        Assert.Equal("releases", created.Data["type"]!.GetValue<string>());
        Assert.EndsWith(self, created.Header("Location"));
        Assert.Equal(self, created.Data["links"]!["self"]!.GetValue<string>());
        var attributes = created.Attributes;
        Assert.Equal("1.2.3-beta.4+build.5", attributes["version"]!.GetValue<string>());
        Assert.Equal("DRAFT", attributes["status"]!.GetValue<string>());
        Assert.Equal("beta", attributes["channel"]!.GetValue<string>());
        Assert.Equal(new JsonObject { ["major"] = 1, ["minor"] = 2, ["patch"] = 3, ["prerelease"] = "beta.4", ["build"] = "build.5" }.ToJsonString(), attributes["semver"]!.ToJsonString());
        Assert.Null(attributes["tag"]);
        Assert.Null(attributes["yanked"]);
        var relationships = created.Data["relationships"]!;
        Assert.Equal(product, relationships["product"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(self + "/product", relationships["product"]!["links"]!["related"]!.GetValue<string>());
        Assert.Null(relationships["package"]!["data"]);
        foreach (var related in new[] { "entitlements", "constraints", "artifacts", "upgrade" })
        {
            Assert.Equal(self + "/" + related, relationships[related]!["links"]!["related"]!.GetValue<string>());
            Assert.Null(relationships[related]!["data"]);
        }
    }

    [Fact]
    public async Task VersionAndTagWorkAsTheIdAndAreUniquePerProduct()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var release = await Session.PostAsync("/releases", ReleaseBody(product, "2.0.0", new JsonObject { ["tag"] = "latest" }));

        var byVersion = await Session.GetAsync("/releases/2.0.0?product=" + product);
        var byTag = await Session.GetAsync("/releases/latest");
        var again = await Session.PostAsync("/releases", ReleaseBody(product, "2.0.0", new JsonObject { ["tag"] = "latest" }));
        var otherProduct = await Session.PostAsync("/releases", ReleaseBody(await Session.DistributedProductAsync("LICENSED"), "2.0.0"));

        Assert.Equal(release.Id, byVersion.Id);
        Assert.Equal(release.Id, byTag.Id);
        Assert.Equal(422, again.Code);
        Assert.Equal(["VERSION_TAKEN", "TAG_TAKEN"], again.Json!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
        Assert.Equal("/data/attributes/version", again.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(201, otherProduct.Code);
    }

    [Theory]
    [InlineData("1.0.0-beta.1", "stable", "version does not match stable channel (expected x.y.z got 1.0.0-beta.1)")]
    [InlineData("1.0.0", "beta", "version does not match prerelease channel (expected x.y.z-beta.n got 1.0.0)")]
    [InlineData("1.0.0-alpha.1", "rc", "version does not match prerelease channel (expected x.y.z-rc.n got 1.0.0-alpha.1)")]
    public async Task TheVersionMustMatchTheChannel(string version, string channel, string detail)
    {
        var product = await Session.DistributedProductAsync("LICENSED");

        var response = await Session.PostAsync("/releases", ReleaseBody(product, version, new JsonObject { ["channel"] = channel }));

        Assert.Equal(422, response.Code);
        Assert.Equal("VERSION_CHANNEL_INVALID", response.ErrorCode);
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidVersionsUnknownChannelsAndReservedTagsAreRefused()
    {
        var product = await Session.DistributedProductAsync("LICENSED");

        var version = await Session.PostAsync("/releases", ReleaseBody(product, "one"));
        var channel = await Session.PostAsync("/releases", ReleaseBody(product, "1.0.0", new JsonObject { ["channel"] = "nightly" }));
        var tag = await Session.PostAsync("/releases", ReleaseBody(product, "1.0.0", new JsonObject { ["tag"] = "actions" }));

        Assert.Equal("VERSION_INVALID", version.ErrorCode);
        Assert.Equal(400, channel.Code);
        Assert.Equal("/data/attributes/channel", channel.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("TAG_NOT_ALLOWED", tag.ErrorCode);
    }

    [Fact]
    public async Task ConstraintsAreJoinResourcesOfEntitlementAndRelease()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var first = await Session.EntitlementAsync(Names.Unique("REL"));
        var second = await Session.EntitlementAsync(Names.Unique("REL"));
        var release = (await Session.ReleaseAsync(product, "1.0.0", constrainedTo: first)).Id;

        var attached = await Session.PostAsync($"/releases/{release}/constraints", new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["type"] = "constraints", ["relationships"] = Json.Relationship("entitlement", "entitlements", second) }),
        });
        var listed = await Session.GetAsync($"/releases/{release}/constraints");
        var entitlements = await Session.GetAsync($"/releases/{release}/entitlements");
        var unknown = await Session.PostAsync("/releases", ReleaseBody(product, "1.0.1", relationships: new JsonObject
        {
            ["constraints"] = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["type"] = "constraints", ["relationships"] = Json.Relationship("entitlement", "entitlements", System.Guid.NewGuid().ToString()) }) },
        }));

        var constraint = attached.Data[0]!;
        Assert.Equal("constraints", constraint["type"]!.GetValue<string>());
        Assert.Equal(second, constraint["relationships"]!["entitlement"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(release, constraint["relationships"]!["release"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(2, listed.Data.AsArray().Count);
        Assert.Equal(new[] { first, second }.Order(), entitlements.Data.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
        Assert.Equal(422, unknown.Code);
        Assert.Equal("CONSTRAINTS_ENTITLEMENT_NOT_FOUND", unknown.ErrorCode);
    }

    [Fact]
    public async Task PublishAndYankMoveTheStatus()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var release = (await Session.ReleaseAsync(product, "1.0.0", status: "DRAFT")).Id;

        var published = await Session.PostAsync($"/releases/{release}/actions/publish");
        var yanked = await Session.PostAsync($"/releases/{release}/actions/yank");
        var filtered = await Session.GetAsync($"/releases?product={product}&yanked=true");

        Assert.Equal("PUBLISHED", published.Attributes["status"]!.GetValue<string>());
        Assert.Equal("YANKED", yanked.Attributes["status"]!.GetValue<string>());
        Assert.NotNull(yanked.Attributes["yanked"]);
        Assert.Equal(release, Assert.Single(filtered.Data.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUpgradeIsTheHighestNewerPublishedVersionOnTheChannel()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var current = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        await Session.ReleaseAsync(product, "1.1.0");
        var latestStable = (await Session.ReleaseAsync(product, "1.2.0")).Id;
        await Session.ReleaseAsync(product, "1.3.0", status: "DRAFT");
        await Session.ReleaseAsync(product, "2.0.0-beta.1", channel: "beta");

        var stable = await Session.GetAsync($"/releases/{current}/upgrade");
        var beta = await Session.GetAsync($"/releases/{current}/upgrade?channel=beta");
        var constrained = await Session.GetAsync($"/releases/{current}/upgrade?constraint=1.1");
        var upToDate = await Session.GetAsync($"/releases/{latestStable}/upgrade");
        var invalid = await Session.GetAsync($"/releases/{current}/upgrade?constraint=not-a-version");

        Assert.Equal(latestStable, stable.Id);
        Assert.Equal("1.0.0", stable.Json!["meta"]!["current"]!.GetValue<string>());
        Assert.Equal("1.2.0", stable.Json!["meta"]!["next"]!.GetValue<string>());
        Assert.Equal("2.0.0-beta.1", beta.Json!["meta"]!["next"]!.GetValue<string>());
        Assert.Equal("1.2.0", constrained.Json!["meta"]!["next"]!.GetValue<string>());
        Assert.Equal(404, upToDate.Code);
        Assert.Equal("The requested release was not found", upToDate.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(400, invalid.Code);
        Assert.Equal("CONSTRAINT_INVALID", invalid.ErrorCode);
        Assert.Equal("constraint", invalid.FirstError["source"]!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUpgradeIsLookedUpWithinTheProductAsked()
    {
        // Keygen's "conflicting with another product release (with scope)": the same version exists in two products.
        var first = await Session.DistributedProductAsync("CLOSED");
        var second = await Session.DistributedProductAsync("CLOSED");
        await Session.ReleaseAsync(first, "7.0.0");
        await Session.ReleaseAsync(first, "7.0.1");
        await Session.ReleaseAsync(second, "7.0.0");
        var secondNext = (await Session.ReleaseAsync(second, "7.0.1")).Id;

        var scoped = await Session.GetAsync($"/releases/7.0.0/upgrade?product={second}");
        var unknownProduct = await Session.GetAsync($"/releases/7.0.0/upgrade?product={Guid.NewGuid()}");

        Assert.Equal(secondNext, scoped.Id);
        Assert.Equal(second, scoped.Data["relationships"]!["product"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(404, unknownProduct.Code);
    }

    [Fact]
    public async Task ASuspendedLicenseIsRefusedUpgradesWithTheReason()
    {
        // With a license token (a license key is refused earlier, at authentication, as LICENSE_SUSPENDED).
        var product = await Session.DistributedProductAsync("LICENSED");
        var license = await Session.LicenseAsync(await Session.PolicyAsync(product));
        var key = As.Bearer((await Session.PostAsync($"/licenses/{license.Id}/tokens")).Attributes["token"]!.GetValue<string>());
        var current = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        await Session.ReleaseAsync(product, "1.1.0");

        var allowed = await Session.GetAsync($"/releases/{current}/upgrade", key);
        await Session.PostAsync($"/licenses/{license.Id}/actions/suspend");
        var refused = await Session.GetAsync($"/releases/{current}/upgrade", key);

        Assert.Equal(200, allowed.Code);
        Assert.Equal(403, refused.Code);
        Assert.Contains("license is suspended", refused.FirstError["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonObject ReleaseBody(string product, string version, JsonObject? extra = null, JsonObject? relationships = null)
    {
        var attributes = new JsonObject { ["version"] = version, ["channel"] = "stable" };
        foreach (var (name, value) in extra ?? new JsonObject())
        {
            attributes[name] = value?.DeepClone();
        }

        var links = Json.Relationship("product", "products", product);
        foreach (var (name, value) in relationships ?? new JsonObject())
        {
            links[name] = value?.DeepClone();
        }

        return Json.Resource("releases", attributes, links);
    }
}
