using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Releases;

/// <summary>Packages, and the release catalog (platforms, arches, channels, engines) Keygen creates from what releases, artifacts and packages name.</summary>
public sealed class PackageOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("packages.create", "packages.get", "packages.update", "packages.list", "packages.delete", "products.listPackages", "products.getPackage")]
    public Task A_package_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var product = await Keygen.DistributedProductAsync();
        var key = "tool-" + System.Guid.NewGuid().ToString("N");
        var created = await Keygen.Packages.CreateAsync(new CreatePackageRequest { ProductId = product.Id, Name = "Tool", Key = key, Engine = PackageEngine.Npm });

        Assert.Equal((key, PackageEngine.Npm, product.Id), (created.Key, created.Engine, created.ProductId));
        Assert.Equal(created.Id, (await Keygen.Packages.GetAsync(key)).Id);
        var updated = await Keygen.Packages.UpdateAsync(created.Id, new UpdatePackageRequest { Name = "Tool 2" });
        Assert.Equal("Tool 2", updated.Name);
        Assert.Equal([created.Id], (await Keygen.Packages.ListAsync(new ListPackagesRequest { Product = product.Id }).ToListAsync()).Select(p => p.Id));
        Assert.Equal([created.Id], (await Keygen.Products.ListPackagesAsync(product.Id, new ListProductPackagesRequest()).ToListAsync()).Select(p => p.Id));
        Assert.Equal(created.Id, (await Keygen.Products.GetPackageAsync(product.Id, key)).Id);

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Packages.CreateAsync(new CreatePackageRequest { ProductId = product.Id, Name = "Again", Key = key }));
        Assert.Equal("KEY_TAKEN", taken.Code);

        await Keygen.Packages.DeleteAsync(created.Id);
        Assert.Equal(404, (await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Packages.GetAsync(created.Id))).StatusCode);
    });

    [Fact]
    [Covers("platforms.list", "platforms.get", "arches.list", "arches.get", "channels.list", "channels.get", "engines.list", "engines.get",
        "products.listPlatforms", "products.getPlatform", "products.listArches", "products.getArch", "products.listChannels", "products.getChannel", "products.listEngines", "products.getEngine")]
    public Task The_catalog_holds_the_keys_releases_artifacts_and_packages_name() => CoveringAsync(async () =>
    {
        var product = await Keygen.DistributedProductAsync();
        await Keygen.Packages.CreateAsync(new CreatePackageRequest { ProductId = product.Id, Name = "Py", Key = "py-" + System.Guid.NewGuid().ToString("N"), Engine = PackageEngine.Pypi });
        var release = await Keygen.ReleaseAsync(product.Id, "1.0.0-rc.1", r => r.Channel = ReleaseChannel.Rc);
        await Keygen.Artifacts.CreateAsync(new CreateArtifactRequest { ReleaseId = release.Id, Filename = "a.tar.gz", Platform = "Darwin", Arch = "arm64" });

        var platform = Assert.Single(await Keygen.Products.ListPlatformsAsync(product.Id, new ListProductPlatformsRequest()).ToListAsync());
        Assert.Equal("darwin", platform.Key);
        Assert.Equal(platform.Id, (await Keygen.Platforms.GetAsync(platform.Id)).Id);
        Assert.Contains(await Keygen.Platforms.ListAsync(new ListPlatformsRequest()).ToListAsync(), p => p.Id == platform.Id);
        Assert.Equal("darwin", (await Keygen.Products.GetPlatformAsync(product.Id, platform.Id)).Key);

        var arch = Assert.Single(await Keygen.Products.ListArchesAsync(product.Id, new ListProductArchesRequest()).ToListAsync());
        Assert.Equal("arm64", (await Keygen.Arches.GetAsync(arch.Id)).Key);
        Assert.Contains(await Keygen.Arches.ListAsync(new ListArchesRequest()).ToListAsync(), a => a.Id == arch.Id);
        Assert.Equal(arch.Id, (await Keygen.Products.GetArchAsync(product.Id, arch.Id)).Id);

        var channel = Assert.Single(await Keygen.Products.ListChannelsAsync(product.Id, new ListProductChannelsRequest()).ToListAsync());
        Assert.Equal("rc", (await Keygen.Channels.GetAsync(channel.Id)).Key);
        Assert.Contains(await Keygen.Channels.ListAsync(new ListChannelsRequest()).ToListAsync(), c => c.Id == channel.Id);
        Assert.Equal(channel.Id, (await Keygen.Products.GetChannelAsync(product.Id, channel.Id)).Id);

        var engine = Assert.Single(await Keygen.Products.ListEnginesAsync(product.Id, new ListProductEnginesRequest()).ToListAsync());
        Assert.Equal(engine.Id, (await Keygen.Engines.GetAsync("pypi")).Id);
        Assert.Contains(await Keygen.Engines.ListAsync(new ListEnginesRequest()).ToListAsync(), e => e.Key == "pypi");
        Assert.Equal("pypi", (await Keygen.Products.GetEngineAsync(product.Id, engine.Id)).Key);

        using var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);
        Assert.DoesNotContain(await anonymous.Platforms.ListAsync(new ListPlatformsRequest()).ToListAsync(), p => p.Id == platform.Id);
    });
}
