using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Users;

/// <summary>Banning and unbanning a user: the status, the user's own access and the validation of the licenses they own.</summary>
public sealed class UserBanOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("users.ban", "users.unban")]
    public Task A_banned_user_is_locked_out_and_their_licenses_fail_until_unbanned() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        var license = await Keygen.LicenseAsync(license: l => l.OwnerId = user.Id);
        using var asUser = await Keygen.SignedInAsync(user);

        var banned = await Keygen.Users.BanAsync(user.Id);
        var lockedOut = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Users.GetAsync(user.Id));
        var whileBanned = await Keygen.Licenses.ValidateAsync(license.Id);
        var unbanned = await Keygen.Users.UnbanAsync(user.Id);
        var self = await asUser.Users.GetAsync(user.Id);
        var afterwards = await Keygen.Licenses.ValidateAsync(license.Id);

        Assert.Equal((user.Id, UserStatus.Banned), (banned.Id, banned.Status));
        Assert.Equal((403, "USER_BANNED"), (lockedOut.StatusCode, lockedOut.Code));
        Assert.Equal((false, ValidationCode.Banned), (whileBanned.Valid, whileBanned.Code));
        Assert.Equal(UserStatus.Active, unbanned.Status);
        Assert.Equal(UserStatus.Active, self.Status);
        Assert.Equal((true, ValidationCode.Valid), (afterwards.Valid, afterwards.Code));
    });

    [Fact]
    [Covers("users.ban")]
    public Task Users_cannot_ban_themselves_or_others_and_an_unknown_user_is_not_found() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        var stranger = await Keygen.UserAsync();
        using var asUser = await Keygen.SignedInAsync(user);

        var self = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Users.BanAsync(user.Id));
        var other = await Assert.ThrowsAsync<KeygenApiException>(() => asUser.Users.BanAsync(stranger.Id));
        var missing = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Users.BanAsync(System.Guid.NewGuid().ToString()));
        var banned = await Keygen.Users.BanAsync(stranger.Id);

        Assert.Equal(403, self.StatusCode);
        Assert.Equal(404, other.StatusCode); // a user does not even see other users
        Assert.Equal(404, missing.StatusCode);
        Assert.Equal(UserStatus.Active, (await Keygen.Users.GetAsync(user.Id)).Status);
        Assert.Equal(UserStatus.Banned, banned.Status);
        Assert.Equal(UserStatus.Banned, (await Keygen.Users.GetAsync(stranger.Id)).Status);
    });
}
