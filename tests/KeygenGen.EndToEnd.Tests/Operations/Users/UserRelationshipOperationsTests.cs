using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Users;

/// <summary>A user's products, licenses, machines, tokens and group, listed and read one by one.</summary>
public sealed class UserRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("users.listProducts", "users.getProduct", "users.listLicenses", "users.getLicense", "users.listMachines", "users.getMachine")]
    public Task A_user_has_the_products_licenses_and_machines_of_the_licenses_they_own() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        var license = await Keygen.LicenseAsync(license: l => l.OwnerId = user.Id);
        var foreign = await Keygen.LicenseAsync();
        var machine = await Keygen.ActivateAsync(license.Id, "fp-owned");
        await Keygen.ActivateAsync(foreign.Id, "fp-foreign");

        var products = await Keygen.Users.ListProductsAsync(user.Id).ToListAsync();
        var licenses = await Keygen.Users.ListLicensesAsync(user.Id).ToListAsync();
        var machines = await Keygen.Users.ListMachinesAsync(user.Id).ToListAsync();

        Assert.Equal([license.ProductId], products.Select(p => p.Id));
        Assert.Equal([(license.Id, user.Id)], licenses.Select(l => (l.Id, l.OwnerId)));
        Assert.Equal([(machine.Id, "fp-owned")], machines.Select(m => (m.Id, m.Fingerprint)));

        var product = await Keygen.Users.GetProductAsync(user.Id, license.ProductId!);
        var readLicense = await Keygen.Users.GetLicenseAsync(user.Id, license.Id);
        var readMachine = await Keygen.Users.GetMachineAsync(user.Id, machine.Id);

        Assert.Equal("Studio", product.Name);
        Assert.Equal((license.Key, license.PolicyId), (readLicense.Key, readLicense.PolicyId));
        Assert.Equal((machine.Fingerprint, license.Id), (readMachine.Fingerprint, readMachine.LicenseId));

        var notTheirs = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.GetLicenseAsync(user.Id, foreign.Id));
        var notTheirProduct = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.GetProductAsync(user.Id, foreign.ProductId!));
        Assert.Equal((404, 404), (notTheirs.StatusCode, notTheirProduct.StatusCode));
    });

    [Fact]
    [Covers("users.generateToken", "users.listTokens", "users.getToken")]
    public Task An_admin_generates_a_token_for_a_user_who_then_acts_with_it() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        var other = await Keygen.UserAsync();

        var generated = await Keygen.Users.GenerateTokenAsync(user.Id, new GenerateUserTokenRequest { Name = "CI" });
        await Keygen.Users.GenerateTokenAsync(other.Id);
        var listed = await Keygen.Users.ListTokensAsync(user.Id).ToListAsync();
        var read = await Keygen.Users.GetTokenAsync(user.Id, generated.Id);
        using var asUser = Keygen.WithAuth(KeygenAuth.Bearer(generated.Token!));
        var self = await asUser.Users.GetAsync(user.Id);
        var stranger = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Users.GetAsync(other.Id));

        Assert.Equal((TokenKind.UserToken, "CI", user.Id), (generated.Kind, generated.Name, generated.BearerId));
        Assert.False(string.IsNullOrEmpty(generated.Token));
        Assert.Equal([generated.Id], listed.Select(t => t.Id));
        Assert.Equal((generated.Id, "CI", user.Id), (read.Id, read.Name, read.BearerId));
        Assert.Null(read.Token); // the secret is only in the answer that generated it
        Assert.Equal(user.Email, self.Email);
        Assert.Equal(404, stranger.StatusCode);
    });

    [Fact]
    [Covers("users.changeGroup", "users.getGroup")]
    public Task A_user_is_moved_into_a_group_between_groups_and_out_again() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        var first = await Keygen.GroupAsync();
        var second = await Keygen.GroupAsync();

        var none = await Keygen.Users.GetGroupAsync(user.Id);
        var joined = await Keygen.Users.ChangeGroupAsync(user.Id, first.Id);
        var inFirst = await Keygen.Users.GetGroupAsync(user.Id);
        var moved = await Keygen.Users.ChangeGroupAsync(user.Id, second.Id);
        var inSecond = await Keygen.Users.GetGroupAsync(user.Id);
        var left = await Keygen.Users.ChangeGroupAsync(user.Id, null);
        var noneAgain = await Keygen.Users.GetGroupAsync(user.Id);
        var missing = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.ChangeGroupAsync(user.Id, System.Guid.NewGuid().ToString()));

        Assert.Null(none); // a user without a group answers data: null, not 404
        Assert.Equal((user.Id, first.Id), (joined.Id, joined.GroupId));
        Assert.Equal((first.Id, first.Name), (inFirst?.Id, inFirst?.Name));
        Assert.Equal(second.Id, moved.GroupId);
        Assert.Equal(second.Id, inSecond?.Id);
        Assert.Null(left.GroupId);
        Assert.Null(noneAgain);
        Assert.Empty(await Keygen.Groups.ListUsersAsync(second.Id).ToListAsync());
        Assert.Equal((422, "GROUP_NOT_FOUND"), (missing.StatusCode, missing.Code));
        Assert.Null((await Keygen.Users.GetAsync(user.Id)).GroupId);
    });
}
