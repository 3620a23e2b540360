using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Policies;

/// <summary>A policy's relationships: its product, its licenses, its key pool and its entitlements.</summary>
public sealed class PolicyRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("policies.getProduct", "policies.listLicenses", "policies.getLicense")]
    public Task A_policy_reads_its_product_and_lists_and_finds_only_its_own_licenses() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync();
        var first = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        var second = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        var foreign = await Keygen.LicenseAsync();
        await Keygen.Licenses.SuspendAsync(second.Id);

        var product = await Keygen.Policies.GetProductAsync(policy.Id);
        var all = await Keygen.Policies.ListLicensesAsync(policy.Id).ToListAsync();
        var suspended = await Keygen.Policies.ListLicensesAsync(policy.Id, new ListPolicyLicensesRequest { Suspended = true }).ToListAsync();
        var byKey = await Keygen.Policies.GetLicenseAsync(policy.Id, first.Key);
        var notItsOwn = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.GetLicenseAsync(policy.Id, foreign.Id));

        Assert.Equal(policy.ProductId, product.Id);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), all.Select(l => l.Id).Order());
        Assert.Equal([second.Id], suspended.Select(l => l.Id));
        Assert.Equal((first.Id, policy.Id), (byKey.Id, byKey.PolicyId));
        Assert.Equal(404, notItsOwn.StatusCode);
    });

    [Fact]
    [Covers("policies.listPoolKeys", "policies.getPoolKey", "policies.popPoolKey")]
    public Task The_pool_is_listed_read_and_popped_oldest_first_until_it_is_empty() => CoveringAsync(async () =>
    {
        var policy = await Keygen.PolicyAsync(p => p.UsePool = true);
        var unpooled = await Keygen.PolicyAsync();
        var oldest = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { PolicyId = policy.Id, Key = "POOL-OLDEST" });
        var newest = await Keygen.Keys.CreateAsync(new CreatePoolKeyRequest { PolicyId = policy.Id, Key = "POOL-NEWEST" });

        var pool = await Keygen.Policies.ListPoolKeysAsync(policy.Id).ToListAsync();
        var read = await Keygen.Policies.GetPoolKeyAsync(policy.Id, newest.Id);
        var popped = await Keygen.Policies.PopPoolKeyAsync(policy.Id);
        var left = await Keygen.Policies.ListPoolKeysAsync(policy.Id).ToListAsync();
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.GetPoolKeyAsync(policy.Id, oldest.Id));
        await Keygen.Policies.PopPoolKeyAsync(policy.Id);
        var empty = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.PopPoolKeyAsync(policy.Id));
        var noPool = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.PopPoolKeyAsync(unpooled.Id));

        Assert.Equal(new[] { "POOL-NEWEST", "POOL-OLDEST" }, pool.Select(k => k.Key).Order());
        Assert.Equal(("POOL-NEWEST", policy.Id), (read.Key, read.PolicyId));
        Assert.Equal((oldest.Id, "POOL-OLDEST"), (popped.Id, popped.Key));
        Assert.Equal([newest.Id], left.Select(k => k.Id));
        Assert.Equal(404, gone.StatusCode);
        Assert.Equal((422, "pool is empty"), (empty.StatusCode, empty.Detail));
        Assert.Equal(422, noPool.StatusCode);
        Assert.Empty(await Keygen.Policies.ListPoolKeysAsync(policy.Id).ToListAsync());
    });

    [Fact]
    [Covers("policies.attachEntitlements", "policies.listEntitlements", "policies.getEntitlement", "policies.detachEntitlements")]
    public Task Entitlements_attached_to_a_policy_reach_its_licenses_until_detached() => CoveringAsync(async () =>
    {
        var reports = await Keygen.EntitlementAsync("Reports");
        var audit = await Keygen.EntitlementAsync("Audit");
        var policy = await Keygen.PolicyAsync();
        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });

        var attached = await Keygen.Policies.AttachEntitlementsAsync(policy.Id, [reports.Id, audit.Id]);
        var listed = await Keygen.Policies.ListEntitlementsAsync(policy.Id).ToListAsync();
        var read = await Keygen.Policies.GetEntitlementAsync(policy.Id, audit.Id);
        var licenseSees = await Keygen.Licenses.ListEntitlementsAsync(license.Id).ToListAsync();
        var twice = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.AttachEntitlementsAsync(policy.Id, [reports.Id]));
        await Keygen.Policies.DetachEntitlementsAsync(policy.Id, [reports.Id]);
        var notAttached = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Policies.GetEntitlementAsync(policy.Id, reports.Id));

        Assert.All(attached, a => Assert.Equal(policy.Id, a.PolicyId));
        Assert.Equal(new[] { reports.Id, audit.Id }.Order(), attached.Select(a => a.EntitlementId).Order());
        Assert.Equal(new[] { reports.Id, audit.Id }.Order(), listed.Select(e => e.Id).Order());
        Assert.Equal((audit.Id, "Audit", audit.Code), (read.Id, read.Name, read.Code));
        Assert.Equal(new[] { reports.Id, audit.Id }.Order(), licenseSees.Select(e => e.Id).Order());
        Assert.Equal(422, twice.StatusCode);
        Assert.Equal(404, notAttached.StatusCode);
        Assert.Equal([audit.Id], (await Keygen.Policies.ListEntitlementsAsync(policy.Id).ToListAsync()).Select(e => e.Id));
        Assert.Equal([audit.Id], (await Keygen.Licenses.ListEntitlementsAsync(license.Id).ToListAsync()).Select(e => e.Id));
    });
}
