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

    [Fact]
    public async Task ACreateIsRefusedForAPrefixedVersionAFutureBackdateAndAnotherProductsPackage()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var other = await Session.DistributedProductAsync("LICENSED");
        var package = await Session.PostAsync("/packages", Json.Resource("packages", new JsonObject { ["name"] = "Other", ["key"] = Names.Unique("pkg").ToLowerInvariant() }, Json.Relationship("product", "products", other)));

        var prefixed = await Session.PostAsync("/releases", ReleaseBody(product, "v1.2.34"));
        var future = await Session.PostAsync("/releases", ReleaseBody(product, "1.9.99", new JsonObject { ["backdated"] = "2552-09-05T22:53:37.000Z" }));
        var past = await Session.PostAsync("/releases", ReleaseBody(product, "1.9.98", new JsonObject { ["backdated"] = "2020-01-01T00:00:00.000Z" }));
        var foreignPackage = await Session.PostAsync("/releases", ReleaseBody(product, "1.0.0", relationships: new JsonObject
        {
            ["package"] = Json.Relationship("package", "packages", package.Id)["package"]!.DeepClone(),
        }));

        Assert.Equal(("VERSION_INVALID", "must be a valid version"), (prefixed.ErrorCode, prefixed.FirstError["detail"]!.GetValue<string>()));
        Assert.Equal(("BACKDATED_INVALID", "/data/attributes/backdated"), (future.ErrorCode, future.FirstError["source"]!["pointer"]!.GetValue<string>()));
        Assert.Equal(201, past.Code);
        Assert.Equal(("PACKAGE_NOT_ALLOWED", "package product must match release product"), (foreignPackage.ErrorCode, foreignPackage.FirstError["detail"]!.GetValue<string>()));
        Assert.Equal("/data/relationships/package", foreignPackage.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task InlineConstraintErrorsPointAtEachItemsEntitlement()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var entitlement = await Session.EntitlementAsync(Names.Unique("REL"));
        static JsonObject Constraints(params string[] entitlements) => new()
        {
            ["constraints"] = new JsonObject
            {
                ["data"] = new JsonArray(entitlements.Select(id => (JsonNode)new JsonObject { ["type"] = "constraint", ["relationships"] = Json.Relationship("entitlement", "entitlements", id) }).ToArray()),
            },
        };

        var duplicated = await Session.PostAsync("/releases", ReleaseBody(product, "3.0.0", relationships: Constraints(entitlement, entitlement)));
        var unknown = await Session.PostAsync("/releases", ReleaseBody(product, "3.0.0", relationships: Constraints(entitlement, Guid.NewGuid().ToString())));
        var listed = await Session.GetAsync($"/releases?product={product}");

        Assert.Equal(
            [("CONSTRAINTS_ENTITLEMENT_CONFLICT", "is duplicated", "/data/relationships/constraints/data/0/relationships/entitlement"), ("CONSTRAINTS_ENTITLEMENT_CONFLICT", "is duplicated", "/data/relationships/constraints/data/1/relationships/entitlement")],
            duplicated.Json!["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["detail"]!.GetValue<string>(), e["source"]!["pointer"]!.GetValue<string>())));
        Assert.Equal("/data/relationships/constraints/data/1/relationships/entitlement", unknown.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("CONSTRAINTS_ENTITLEMENT_NOT_FOUND", unknown.ErrorCode);
        Assert.Empty(listed.Data.AsArray());
    }

    [Fact]
    public async Task AFreeTierAccountHoldsAtMostTenReleases()
    {
        // An account of its own, on a free plan of its own: the shared account stays on its paid plan.
        var data = Session.Emulator.Data;
        var slug = Names.Unique("free").ToLowerInvariant();
        var account = data.CreateAccount(slug, new System.Collections.Generic.Dictionary<string, object?> { ["plan"] = data.CreatePlan(new System.Collections.Generic.Dictionary<string, object?> { ["price"] = 0 }) });
        var product = account.Create("product");
        account.Create("release", 9, attributes: new System.Collections.Generic.Dictionary<string, object?> { ["product"] = product });
        var admin = As.Bearer(account.TokenFor(account.Create("admin")).Secret);

        var tenth = await Session.SendRawAsync(System.Net.Http.HttpMethod.Post, $"/v1/accounts/{slug}/releases", ReleaseBody(product.Id, "1.0.0"), admin);
        var eleventh = await Session.SendRawAsync(System.Net.Http.HttpMethod.Post, $"/v1/accounts/{slug}/releases", ReleaseBody(product.Id, "1.0.1"), admin);

        Assert.Equal(201, tenth.Code);
        Assert.Equal(422, eleventh.Code);
        Assert.Equal("ACCOUNT_RELEASE_LIMIT_EXCEEDED", eleventh.ErrorCode);
        Assert.Equal("/data/relationships/account", eleventh.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.StartsWith("Your tier's release limit of 10 has been reached", eleventh.FirstError["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpgradeConstraintWithAPreReleaseTagKeepsToThatTag()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var current = (await Session.ReleaseAsync(product, "1.0.0-beta.1", channel: "beta")).Id;
        await Session.ReleaseAsync(product, "1.0.0-beta.2", channel: "beta");
        var latestBeta = (await Session.ReleaseAsync(product, "1.0.0-beta.3", channel: "beta")).Id;
        var stable = (await Session.ReleaseAsync(product, "1.0.0")).Id;

        var unconstrained = await Session.GetAsync($"/releases/{current}/upgrade");
        var beta = await Session.GetAsync($"/releases/{current}/upgrade?constraint=1-beta");

        Assert.Equal(stable, unconstrained.Id);
        Assert.Equal(latestBeta, beta.Id);
    }

    [Fact]
    public async Task AUserIsRefusedAReleaseNoneOfTheirLicensesMayRead()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var email = Names.Email("holder");
        var user = await Session.UserAsync(email);
        var token = As.Bearer(await Session.TokenForAsync(email));
        var license = await Session.LicenseAsync(await Session.PolicyAsync(product), ownerId: user);
        var release = (await Session.ReleaseAsync(product, "1.0.0")).Id;

        var allowed = await Session.GetAsync("/releases/" + release, token);
        await Session.PostAsync($"/licenses/{license.Id}/actions/suspend");
        var refused = await Session.GetAsync("/releases/" + release, token);

        Assert.Equal(200, allowed.Code);
        Assert.Equal(403, refused.Code);
        Assert.Equal("You do not have permission to complete the request (license is suspended)", refused.FirstError["detail"]!.GetValue<string>());
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
