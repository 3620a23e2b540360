using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>A license's to-one relationships (product, policy, group, owner and its v1.5 alias user) and its machines.</summary>
public sealed class LicenseRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("licenses.getProduct", "licenses.getPolicy", "licenses.changePolicy")]
    public Task A_license_reads_its_product_and_policy_and_moves_to_a_compatible_policy() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync("Transfers");
        var basic = await Keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Basic", ProductId = product.Id });
        var pro = await Keygen.Policies.CreateAsync(new CreatePolicyRequest
        {
            Name = "Pro",
            ProductId = product.Id,
            Duration = 86400 * 7,
            TransferStrategy = TransferStrategy.ResetExpiry,
        });
        var pooled = await Keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pooled", ProductId = product.Id, UsePool = true });
        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = basic.Id });

        var ownProduct = await Keygen.Licenses.GetProductAsync(license.Id);
        var before = await Keygen.Licenses.GetPolicyAsync(license.Id);
        var moved = await Keygen.Licenses.ChangePolicyAsync(license.Id, pro.Id);
        var after = await Keygen.Licenses.GetPolicyAsync(license.Key);
        var incompatible = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.ChangePolicyAsync(license.Id, pooled.Id));

        Assert.Equal((product.Id, "Transfers"), (ownProduct.Id, ownProduct.Name));
        Assert.Equal((basic.Id, "Basic"), (before.Id, before.Name));
        Assert.Null(license.Expiry);
        Assert.Equal((license.Id, pro.Id), (moved.Id, moved.PolicyId));
        Assert.NotNull(moved.Expiry); // RESET_EXPIRY starts the new policy's duration on transfer
        Assert.Equal((pro.Id, "Pro"), (after.Id, after.Name));
        Assert.Equal((422, "POLICY_NOT_COMPATIBLE"), (incompatible.StatusCode, incompatible.Code));
        Assert.Equal(pro.Id, (await Keygen.Licenses.GetAsync(license.Id)).PolicyId);
    });

    [Fact]
    [Covers("licenses.getGroup", "licenses.changeGroup")]
    public Task A_license_joins_a_group_within_its_limit_and_leaves_it() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync(g => g.MaxLicenses = 1);
        var license = await Keygen.LicenseAsync();
        var second = await Keygen.LicenseAsync();

        var joined = await Keygen.Licenses.ChangeGroupAsync(license.Id, group.Id);
        var read = await Keygen.Licenses.GetGroupAsync(license.Id);
        var full = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.ChangeGroupAsync(second.Id, group.Id));
        var left = await Keygen.Licenses.ChangeGroupAsync(license.Id, null);
        var none = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetGroupAsync(license.Id));

        Assert.Equal(group.Id, joined.GroupId);
        Assert.Equal((group.Id, group.Name, 1), (read!.Id, read.Name, read.MaxLicenses));
        Assert.Equal((422, "GROUP_LICENSE_LIMIT_EXCEEDED"), (full.StatusCode, full.Code));
        Assert.Null(left.GroupId);
        Assert.Equal(404, none.StatusCode); // Keygen's license.group! : no group is not found, not null
        Assert.Null((await Keygen.Licenses.GetAsync(second.Id)).GroupId);
    });

    [Fact]
    [Covers("licenses.getOwner", "licenses.changeOwner", "licenses.getLegacyUser", "licenses.changeLegacyUser")]
    public Task An_owner_is_set_read_replaced_through_the_legacy_user_and_removed() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();
        var ada = await Keygen.UserAsync();
        var grace = await Keygen.UserAsync();

        var unowned = await Keygen.Licenses.GetOwnerAsync(license.Id);
        var owned = await Keygen.Licenses.ChangeOwnerAsync(license.Id, ada.Id);
        var owner = await Keygen.Licenses.GetOwnerAsync(license.Id);
#pragma warning disable CS0618 // the v1.5 user relationship is deprecated in favour of owner; it must still read and change the owner.
        var legacy = await Keygen.Licenses.GetLegacyUserAsync(license.Id);
        var handedOver = await Keygen.Licenses.ChangeLegacyUserAsync(license.Id, grace.Id);
        var newOwner = await Keygen.Licenses.GetOwnerAsync(license.Id);
        var unknown = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.ChangeOwnerAsync(license.Id, "00000000-0000-4000-8000-000000000000"));
        var released = await Keygen.Licenses.ChangeOwnerAsync(license.Id, null);
        var legacyReleased = await Keygen.Licenses.GetLegacyUserAsync(license.Id);
#pragma warning restore CS0618

        Assert.Null(unowned);
        Assert.Equal(ada.Id, owned.OwnerId);
        Assert.Equal((ada.Id, ada.Email), (owner!.Id, owner.Email));
        Assert.Equal(ada.Id, legacy!.Id);
        Assert.Equal(grace.Id, handedOver.OwnerId);
        Assert.Equal(grace.Id, newOwner!.Id);
        Assert.Equal(422, unknown.StatusCode);
        Assert.Null(released.OwnerId);
        Assert.Null(await Keygen.Licenses.GetOwnerAsync(license.Id));
        Assert.Null(legacyReleased);
    });

    [Fact]
    [Covers("licenses.listMachines", "licenses.getMachine")]
    public Task A_license_lists_and_finds_only_its_own_machines() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 3; });
        var other = await Keygen.LicenseAsync();
        var first = await Keygen.ActivateAsync(license.Id, "fp-first");
        var second = await Keygen.ActivateAsync(license.Id, "fp-second");
        var foreign = await Keygen.ActivateAsync(other.Id, "fp-foreign");

        var all = await Keygen.Licenses.ListMachinesAsync(license.Id).ToListAsync();
        var paged = await Keygen.Licenses.ListMachinesAsync(license.Key, new ListLicenseMachinesRequest { PageSize = 1, Order = SortOrder.Asc }).ToListAsync();
        var byFingerprint = await Keygen.Licenses.ListMachinesAsync(license.Id, new ListLicenseMachinesRequest { Fingerprint = "fp-second" }).ToListAsync();
        var byId = await Keygen.Licenses.GetMachineAsync(license.Id, first.Id);
        var byItsFingerprint = await Keygen.Licenses.GetMachineAsync(license.Id, "fp-second");
        var notItsOwn = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.GetMachineAsync(license.Id, foreign.Id));

        Assert.Equal(["fp-first", "fp-second"], all.Select(m => m.Fingerprint).Order());
        Assert.Equal([first.Id, second.Id], paged.Select(m => m.Id));
        Assert.Equal([second.Id], byFingerprint.Select(m => m.Id));
        Assert.Equal(("fp-first", license.Id), (byId.Fingerprint, byId.LicenseId));
        Assert.Equal(second.Id, byItsFingerprint.Id);
        Assert.Equal(404, notItsOwn.StatusCode);
    });
}
