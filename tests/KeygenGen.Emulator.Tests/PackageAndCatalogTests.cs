using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Packages (key as id, KEY_TAKEN) and the catalog of platforms, arches, channels and engines created on first use.</summary>
public sealed class PackageAndCatalogTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task APackageIsFoundByKeyWhichIsUniqueAndNotReserved()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var key = Names.Unique("pkg");

        var created = await Session.PostAsync("/packages", PackageBody(product, key, "npm"));
        var byKey = await Session.GetAsync("/packages/" + key);
        var taken = await Session.PostAsync("/packages", PackageBody(product, key, null));
        var reserved = await Session.PostAsync("/packages", PackageBody(product, "actions", null));

        Assert.Equal(201, created.Code);
        Assert.Equal("packages", created.Data["type"]!.GetValue<string>());
        Assert.Equal("npm", created.Attributes["engine"]!.GetValue<string>());
        Assert.Equal(product, created.Data["relationships"]!["product"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(created.Id, byKey.Id);
        Assert.Equal("KEY_TAKEN", taken.ErrorCode);
        Assert.Equal("/data/attributes/key", taken.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("KEY_NOT_ALLOWED", reserved.ErrorCode);
    }

    [Fact]
    public async Task TheCatalogListsTheKeysReleasesArtifactsAndPackagesNamed()
    {
        var product = await Session.DistributedProductAsync("OPEN");
        await Session.PostAsync("/packages", PackageBody(product, Names.Unique("pkg"), "pypi"));
        var release = (await Session.ReleaseAsync(product, "1.0.0-rc.1", channel: "rc")).Id;
        await Session.UploadedArtifactAsync(release, "app.tar.gz", [1]);

        var platforms = await Session.GetAsync($"/products/{product}/platforms");
        var arches = await Session.GetAsync($"/products/{product}/arches");
        var channels = await Session.GetAsync($"/products/{product}/channels");
        var engine = await Session.GetAsync("/engines/pypi", As.Anonymous);

        Assert.Equal("linux", Assert.Single(platforms.Data.AsArray())!["attributes"]!["key"]!.GetValue<string>());
        Assert.Equal("platforms", platforms.Data[0]!["type"]!.GetValue<string>());
        Assert.Equal("amd64", Assert.Single(arches.Data.AsArray())!["attributes"]!["key"]!.GetValue<string>());
        Assert.Equal(["rc"], channels.Data.AsArray().Select(c => c!["attributes"]!["key"]!.GetValue<string>()));
        Assert.Equal(200, engine.Code);
        Assert.Equal("engines", engine.Data["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task PackagesAreSeenPerTheirProductsDistributionStrategy()
    {
        var closed = await Session.PostAsync("/packages", PackageBody(await Session.DistributedProductAsync("CLOSED"), Names.Unique("closed"), null));
        var open = await Session.PostAsync("/packages", PackageBody(await Session.DistributedProductAsync("OPEN"), Names.Unique("open"), null));

        var anonymousClosed = await Session.GetAsync("/packages/" + closed.Id, As.Anonymous);
        var anonymousOpen = await Session.GetAsync("/packages/" + open.Id, As.Anonymous);
        var adminClosed = await Session.GetAsync("/packages/" + closed.Id);

        Assert.Equal(404, anonymousClosed.Code);
        Assert.Equal(200, anonymousOpen.Code);
        Assert.Equal(200, adminClosed.Code);
    }

    private static JsonObject PackageBody(string product, string key, string? engine) =>
        Json.Resource("packages", new JsonObject { ["name"] = "Package", ["key"] = key, ["engine"] = engine }, Json.Relationship("product", "products", product));
}
