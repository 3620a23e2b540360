using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>getCurrentProfile: <c>/me</c> and its older alias <c>/profile</c>.</summary>
public sealed class ProfileOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("profile.me", "profile.get")]
    public Task Both_profile_routes_answer_with_the_bearer_of_the_token() => CoveringAsync(async () =>
    {
        var me = await Keygen.Profile.MeAsync();
#pragma warning disable CS0618 // profile.get (GET /profile) is deprecated in favour of profile.me, but it is one of the original operations.
        var profile = await Keygen.Profile.GetAsync();
#pragma warning restore CS0618
        var user = await Keygen.UserAsync();
        var token = await Keygen.WithAuth(KeygenAuth.Basic(user.Email, Seed.Password)).Tokens.GenerateAsync();
        using var asUser = Keygen.WithAuth(KeygenAuth.Bearer(token.Token!));
        var userMe = await asUser.Profile.MeAsync();

        // /me and /profile answer with the bearer of the credentials: for these tokens, a user.
        Assert.Equal(Emulator.Emulator.AdminEmail, me.User?.Email);
        Assert.Equal(UserRole.Admin, me.User?.Role);
        Assert.Equal(me.Id, profile.Id);
        Assert.Equal((user.Id, UserRole.User), (userMe.Id, userMe.User?.Role));
    });
}
