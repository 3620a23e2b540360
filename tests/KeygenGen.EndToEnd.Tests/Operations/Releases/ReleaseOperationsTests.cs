using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Releases;

/// <summary>Releases: CRUD, publish and yank, constraints and entitlements, product, package and upgrades.</summary>
public sealed class ReleaseOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("releases.create", "releases.get", "releases.update", "releases.list", "releases.publish", "releases.yank", "releases.delete", "products.listReleases", "products.getRelease", "releases.getProduct")]
    public Task A_release_is_created_published_yanked_and_deleted() => CoveringAsync(async () =>
    {
        var product = await Keygen.DistributedProductAsync();
        var draft = await Keygen.Releases.CreateAsync(new CreateReleaseRequest { ProductId = product.Id, Version = "1.2.3-beta.1", Channel = ReleaseChannel.Beta, Tag = "next", Name = "Beta" });

        Assert.Equal(ReleaseStatus.Draft, draft.Status);
        Assert.Equal(2, draft.Semver!.Minor);
        Assert.Equal("beta.1", draft.Semver.Prerelease);
        Assert.Equal(product.Id, draft.ProductId);
        Assert.Equal(draft.Id, (await Keygen.Releases.GetAsync("next")).Id);
        Assert.Equal(draft.Id, (await Keygen.Releases.GetAsync("1.2.3-beta.1")).Id);

        var updated = await Keygen.Releases.UpdateAsync(draft.Id, new UpdateReleaseRequest { Description = "Notes" });
        Assert.Equal("Notes", updated.Description);
        Assert.Equal(ReleaseStatus.Published, (await Keygen.Releases.PublishAsync(draft.Id)).Status);
        Assert.Contains(await Keygen.Releases.ListAsync(new ListReleasesRequest { Product = product.Id, Status = ReleaseStatus.Published }).ToListAsync(), r => r.Id == draft.Id);
        Assert.Equal([draft.Id], (await Keygen.Products.ListReleasesAsync(product.Id, new ListProductReleasesRequest()).ToListAsync()).Select(r => r.Id));
        Assert.Equal(draft.Id, (await Keygen.Products.GetReleaseAsync(product.Id, draft.Id)).Id);
        Assert.Equal(product.Id, (await Keygen.Releases.GetProductAsync(draft.Id)).Id);

        var yanked = await Keygen.Releases.YankAsync(draft.Id);
        Assert.Equal(ReleaseStatus.Yanked, yanked.Status);
        Assert.NotNull(yanked.Yanked);
        Assert.Empty(await Keygen.Releases.ListAsync(new ListReleasesRequest { Product = product.Id, Yanked = false }).ToListAsync());

        await Keygen.Releases.DeleteAsync(draft.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Releases.GetAsync(draft.Id));
        Assert.Equal(404, gone.StatusCode);
    });

    [Fact]
    public async Task A_version_several_products_or_packages_share_is_told_apart_by_product_or_package()
    {
        var version = $"6.0.{System.Random.Shared.Next(1_000_000)}";
        var first = await Keygen.DistributedProductAsync();
        var second = await Keygen.DistributedProductAsync();
        var package = await Keygen.Packages.CreateAsync(new CreatePackageRequest { ProductId = second.Id, Name = "CLI", Key = "cli-" + System.Guid.NewGuid().ToString("N") });
        var ofFirst = await Keygen.ReleaseAsync(first.Id, version);
        var ofPackage = await Keygen.ReleaseAsync(second.Id, version, r => r.PackageId = package.Id);

        Assert.Equal(ofFirst.Id, (await Keygen.Releases.GetAsync(version, new GetReleaseRequest { Product = first.Id })).Id);
        Assert.Equal(ofPackage.Id, (await Keygen.Releases.GetAsync(version, new GetReleaseRequest { Product = second.Id })).Id);
        Assert.Equal(ofPackage.Id, (await Keygen.Releases.GetAsync(version, new GetReleaseRequest { Package = package.Key })).Id);
        var notInPackage = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Releases.GetAsync(ofFirst.Id, new GetReleaseRequest { Package = package.Key }));
        Assert.Equal(404, notInPackage.StatusCode);
    }

    [Fact]
    public async Task A_duplicate_version_is_refused_with_Keygen_s_code()
    {
        var product = await Keygen.DistributedProductAsync();
        await Keygen.ReleaseAsync(product.Id, "1.0.0");

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.ReleaseAsync(product.Id, "1.0.0"));

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("VERSION_TAKEN", error.Code);
    }

    [Fact]
    [Covers("releases.attachConstraints", "releases.listConstraints", "releases.getConstraint", "releases.detachConstraints", "releases.listEntitlements", "releases.getEntitlement")]
    public Task Constraints_decide_which_licenses_see_a_release() => CoveringAsync(async () =>
    {
        var entitlement = await Keygen.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = "Pro", Code = "pro-" + System.Guid.NewGuid().ToString("N") });
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        var release = await Keygen.ReleaseAsync(license.ProductId!, "2.0.0");
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));
        Assert.Equal(release.Id, (await app.Releases.GetAsync(release.Id)).Id);

        var attached = await Keygen.Releases.AttachConstraintsAsync(release.Id, [new AttachReleaseConstraintRequest { EntitlementId = entitlement.Id }]);
        var constraint = Assert.Single(attached);
        Assert.Equal(entitlement.Id, constraint.EntitlementId);
        Assert.Equal(release.Id, constraint.ReleaseId);
        Assert.Equal([constraint.Id], (await Keygen.Releases.ListConstraintsAsync(release.Id, new ListReleaseConstraintsRequest()).ToListAsync()).Select(c => c.Id));
        Assert.Equal(entitlement.Id, (await Keygen.Releases.GetConstraintAsync(release.Id, constraint.Id)).EntitlementId);
        Assert.Equal([entitlement.Id], (await Keygen.Releases.ListEntitlementsAsync(release.Id, new ListReleaseEntitlementsRequest()).ToListAsync()).Select(e => e.Id));
        Assert.Equal(entitlement.Code, (await Keygen.Releases.GetEntitlementAsync(release.Id, entitlement.Code)).Code);
        Assert.Equal([release.Id], (await Keygen.Releases.ListAsync(new ListReleasesRequest { Product = license.ProductId, Constraints = [entitlement.Code] }).ToListAsync()).Select(r => r.Id));

        var hidden = await Assert.ThrowsAsync<KeygenApiException>(() => app.Releases.GetAsync(release.Id));
        Assert.Equal(404, hidden.StatusCode);

        await Keygen.Releases.DetachConstraintsAsync(release.Id, [constraint.Id]);
        Assert.Empty(await Keygen.Releases.ListConstraintsAsync(release.Id, new ListReleaseConstraintsRequest()).ToListAsync());
        Assert.Equal(release.Id, (await app.Releases.GetAsync(release.Id)).Id);
    });

    [Fact]
    [Covers("releases.getPackage", "releases.changePackage", "releases.getUpgrade")]
    public Task A_release_upgrades_within_its_package_and_channel() => CoveringAsync(async () =>
    {
        var product = await Keygen.DistributedProductAsync();
        var package = await Keygen.Packages.CreateAsync(new CreatePackageRequest { ProductId = product.Id, Name = "CLI", Key = "cli-" + System.Guid.NewGuid().ToString("N") });
        var current = await Keygen.ReleaseAsync(product.Id, "1.0.0");
        Assert.Null(await Keygen.Releases.GetPackageAsync(current.Id));

        var moved = await Keygen.Releases.ChangePackageAsync(current.Id, package.Id);
        Assert.Equal(package.Id, moved!.Id);
        Assert.Equal(package.Id, (await Keygen.Releases.GetPackageAsync(current.Id))!.Id);

        await Keygen.ReleaseAsync(product.Id, "1.1.0", r => r.PackageId = package.Id);
        await Keygen.ReleaseAsync(product.Id, "1.2.0", r => r.PackageId = package.Id);
        await Keygen.ReleaseAsync(product.Id, "2.0.0", r => r.PackageId = package.Id);
        await Keygen.ReleaseAsync(product.Id, "3.0.0-beta.1", r => { r.PackageId = package.Id; r.Channel = ReleaseChannel.Beta; });
        await Keygen.ReleaseAsync(product.Id, "9.0.0");

        var latest = await Keygen.Releases.GetUpgradeAsync(current.Id, new GetReleaseUpgradeRequest());
        Assert.Equal(("1.0.0", "2.0.0", "2.0.0"), (latest.Current, latest.Next, latest.Release!.Version));
        var withinMajor = await Keygen.Releases.GetUpgradeAsync(current.Id, new GetReleaseUpgradeRequest { Constraint = "1.0" });
        Assert.Equal("1.2.0", withinMajor.Next);
        var beta = await Keygen.Releases.GetUpgradeAsync(current.Id, new GetReleaseUpgradeRequest { Channel = ReleaseChannel.Beta });
        Assert.Equal("3.0.0-beta.1", beta.Next);

        var none = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Releases.GetUpgradeAsync("2.0.0", new GetReleaseUpgradeRequest { Package = package.Key }));
        Assert.Equal(404, none.StatusCode);
        var bad = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Releases.GetUpgradeAsync(current.Id, new GetReleaseUpgradeRequest { Constraint = "not a constraint" }));
        Assert.Equal("CONSTRAINT_INVALID", bad.Code);
    });
}
