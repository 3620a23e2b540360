using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Groups;

/// <summary>A group's users, licenses and machines, and its owners: listed, read one by one, attached and detached.</summary>
public sealed class GroupMemberOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("groups.listUsers", "groups.getUser", "groups.listLicenses", "groups.getLicense", "groups.listMachines", "groups.getMachine")]
    public Task A_group_lists_and_reads_only_its_own_users_licenses_and_machines() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync();
        var member = await Keygen.Users.CreateAsync(new CreateUserRequest { Email = $"member-{System.Guid.NewGuid():N}@example.com", GroupId = group.Id });
        var outsider = await Keygen.UserAsync();
        var license = await Keygen.LicenseAsync(license: l => l.GroupId = group.Id);
        var otherLicense = await Keygen.LicenseAsync();
        var machine = await Keygen.ActivateAsync(license.Id, "fp-grouped", m => m.GroupId = group.Id);
        await Keygen.ActivateAsync(otherLicense.Id, "fp-loose");

        var users = await Keygen.Groups.ListUsersAsync(group.Id).ToListAsync();
        var licenses = await Keygen.Groups.ListLicensesAsync(group.Id).ToListAsync();
        var machines = await Keygen.Groups.ListMachinesAsync(group.Id).ToListAsync();

        Assert.Equal([(member.Id, group.Id)], users.Select(u => (u.Id, u.GroupId)));
        Assert.Equal([(license.Id, group.Id)], licenses.Select(l => (l.Id, l.GroupId)));
        Assert.Equal([(machine.Id, "fp-grouped")], machines.Select(m => (m.Id, m.Fingerprint)));

        var user = await Keygen.Groups.GetUserAsync(group.Id, member.Id);
        var readLicense = await Keygen.Groups.GetLicenseAsync(group.Id, license.Id);
        var readMachine = await Keygen.Groups.GetMachineAsync(group.Id, machine.Id);

        Assert.Equal(member.Email, user.Email);
        Assert.Equal((license.Key, license.PolicyId), (readLicense.Key, readLicense.PolicyId));
        Assert.Equal((machine.Fingerprint, license.Id), (readMachine.Fingerprint, readMachine.LicenseId));

        var notMember = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Groups.GetUserAsync(group.Id, outsider.Id));
        var notGrouped = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Groups.GetLicenseAsync(group.Id, otherLicense.Id));
        Assert.Equal((404, 404), (notMember.StatusCode, notGrouped.StatusCode));
    });

    [Fact]
    [Covers("groups.attachOwners", "groups.listOwners", "groups.getOwner", "groups.detachOwners")]
    public Task Users_are_attached_as_owners_read_and_detached() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync();
        var ada = await Keygen.UserAsync();
        var grace = await Keygen.UserAsync();

        var attached = await Keygen.Groups.AttachOwnersAsync(group.Id, [ada.Id, grace.Id]);
        var listed = await Keygen.Groups.ListOwnersAsync(group.Id).ToListAsync();
        var one = await Keygen.Groups.GetOwnerAsync(group.Id, attached[0].Id);

        Assert.Equal(new[] { ada.Id, grace.Id }.Order(), attached.Select(o => o.UserId).Order());
        Assert.All(attached, o => Assert.Equal(group.Id, o.GroupId));
        Assert.Equal(attached.Select(o => o.Id).Order(), listed.Select(o => o.Id).Order());
        Assert.Equal((attached[0].UserId, group.Id), (one.UserId, one.GroupId));

        var again = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Groups.AttachOwnersAsync(group.Id, [ada.Id]));
        Assert.Equal((422, "USER_TAKEN"), (again.StatusCode, again.Code));

        await Keygen.Groups.DetachOwnersAsync(group.Id, [ada.Id]);
        var remaining = await Keygen.Groups.ListOwnersAsync(group.Id).ToListAsync();
        var notOwner = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Groups.DetachOwnersAsync(group.Id, [ada.Id]));

        Assert.Equal([grace.Id], remaining.Select(o => o.UserId));
        Assert.Equal(422, notOwner.StatusCode);
        Assert.Equal($"owner relationship for user '{ada.Id}' not found", notOwner.Detail);
    });

    [Fact]
    [Covers("groups.attachOwners", "groups.listLicenses", "groups.listUsers")]
    public Task Only_once_a_user_owns_a_group_do_they_see_its_members() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync();
        var owner = await Keygen.UserAsync();
        var teammate = await Keygen.Users.CreateAsync(new CreateUserRequest { Email = $"mate-{System.Guid.NewGuid():N}@example.com", GroupId = group.Id });
        var license = await Keygen.LicenseAsync(license: l => l.GroupId = group.Id);
        using var asOwner = await Keygen.SignedInAsync(owner);

        var before = await Assert.ThrowsAsync<KeygenApiException>(() => asOwner.Groups.ListLicensesAsync(group.Id).ToListAsync().AsTask());
        await Keygen.Groups.AttachOwnersAsync(group.Id, [owner.Id]);
        var licenses = await asOwner.Groups.ListLicensesAsync(group.Id).ToListAsync();
        var users = await asOwner.Groups.ListUsersAsync(group.Id).ToListAsync();

        Assert.Equal(404, before.StatusCode); // outsiders do not see the group at all
        Assert.Equal([license.Id], licenses.Select(l => l.Id));
        Assert.Equal([teammate.Id], users.Select(u => u.Id));
    });
}
