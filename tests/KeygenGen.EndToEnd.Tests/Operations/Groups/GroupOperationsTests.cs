using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Groups;

/// <summary>Groups: create, read, update, list, delete, and the limits they put on their users, licenses and machines.</summary>
public sealed class GroupOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("groups.create", "groups.get", "groups.update", "groups.list", "groups.delete")]
    public Task A_group_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var created = await Keygen.Groups.CreateAsync(new CreateGroupRequest
        {
            Name = "Research",
            MaxUsers = 5,
            MaxLicenses = 3,
            Metadata = new JsonObject { ["costCentre"] = "R-7" },
        });
        var read = await Keygen.Groups.GetAsync(created.Id);

        Assert.Equal(("Research", 5, 3, (int?)null), (read.Name, read.MaxUsers, read.MaxLicenses, read.MaxMachines));
        Assert.Equal("R-7", (string?)read.Metadata["costCentre"]);

        var updated = await Keygen.Groups.UpdateAsync(created.Id, new UpdateGroupRequest { Name = "Lab", MaxUsers = null, MaxMachines = 10 });
        var reread = await Keygen.Groups.GetAsync(created.Id);

        Assert.Equal("Lab", updated.Name);
        Assert.Equal(("Lab", (int?)null, 3, 10), (reread.Name, reread.MaxUsers, reread.MaxLicenses, reread.MaxMachines));
        Assert.Equal("R-7", (string?)reread.Metadata["costCentre"]);

        var other = await Keygen.GroupAsync();
        var member = await Keygen.LicenseAsync(license: l => l.GroupId = created.Id);
        var listed = await Keygen.Groups.ListAsync().ToListAsync();
        Assert.Contains(listed, g => g.Id == created.Id && g.Name == "Lab");
        Assert.Contains(listed, g => g.Id == other.Id);

        await Keygen.Groups.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Groups.GetAsync(created.Id));
        var remaining = await Keygen.Groups.ListAsync().ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.DoesNotContain(remaining, g => g.Id == created.Id);
        Assert.Contains(remaining, g => g.Id == other.Id);
        Assert.Null((await Keygen.Licenses.GetAsync(member.Id)).GroupId); // its members stay, without a group
    });

    [Fact]
    [Covers("groups.create", "groups.update", "groups.get")]
    public Task Products_manage_groups_and_users_only_read_their_own() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync();
        var productToken = await Keygen.Products.GenerateTokenAsync(product.Id);
        using var asProduct = Keygen.WithAuth(KeygenAuth.Bearer(productToken.Token!));
        var user = await Keygen.UserAsync();
        using var asUser = await Keygen.SignedInAsync(user);

        var created = await asProduct.Groups.CreateAsync(new CreateGroupRequest { Name = "Resellers", MaxLicenses = 50 });
        var updated = await asProduct.Groups.UpdateAsync(created.Id, new UpdateGroupRequest { MaxLicenses = 75 });
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Groups.CreateAsync(new CreateGroupRequest { Name = "Mine" }));
        var unseen = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Groups.GetAsync(created.Id));
        await Keygen.Users.ChangeGroupAsync(user.Id, created.Id);
        var own = await asUser.Groups.GetAsync(created.Id);
        var ownList = await asUser.Groups.ListAsync().ToListAsync();

        Assert.Equal(("Resellers", 75), (updated.Name, updated.MaxLicenses));
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(403, unseen.StatusCode);
        Assert.Equal((created.Id, 75), (own.Id, own.MaxLicenses));
        Assert.Equal([created.Id], ownList.Select(g => g.Id));
    });

    [Fact]
    [Covers("groups.create", "groups.update", "users.changeGroup")]
    public Task A_full_group_refuses_another_user_license_or_machine_until_its_limit_is_lifted() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync(g => { g.MaxUsers = 1; g.MaxLicenses = 1; g.MaxMachines = 1; });
        var policy = await Keygen.PolicyAsync(p => { p.Floating = true; p.MaxMachines = 5; });
        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, GroupId = group.Id });
        await Keygen.ActivateAsync(license.Id, "fp-in", m => m.GroupId = group.Id);
        var member = await Keygen.UserAsync();
        await Keygen.Users.ChangeGroupAsync(member.Id, group.Id);
        var outsider = await Keygen.UserAsync();

        var userOver = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.ChangeGroupAsync(outsider.Id, group.Id));
        var licenseOver = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, GroupId = group.Id }));
        var machineOver = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.ActivateAsync(license.Id, "fp-over", m => m.GroupId = group.Id));

        Assert.Equal((422, "GROUP_USER_LIMIT_EXCEEDED"), (userOver.StatusCode, userOver.Code));
        Assert.Equal((422, "GROUP_LICENSE_LIMIT_EXCEEDED"), (licenseOver.StatusCode, licenseOver.Code));
        Assert.Equal((422, "GROUP_MACHINE_LIMIT_EXCEEDED"), (machineOver.StatusCode, machineOver.Code));
        Assert.Null((await Keygen.Users.GetAsync(outsider.Id)).GroupId);

        await Keygen.Groups.UpdateAsync(group.Id, new UpdateGroupRequest { MaxUsers = null, MaxLicenses = 2 });
        var joined = await Keygen.Users.ChangeGroupAsync(outsider.Id, group.Id);
        var second = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, GroupId = group.Id });

        Assert.Equal(group.Id, joined.GroupId);
        Assert.Equal(group.Id, second.GroupId);
        Assert.Equal(2, (await Keygen.Groups.ListUsersAsync(group.Id).ToListAsync()).Count);
        Assert.Single(await Keygen.Groups.ListMachinesAsync(group.Id).ToListAsync());
    });
}
