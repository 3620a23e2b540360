using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>getAccessToken (Basic email and password), getTokenDetails, updateToken (regenerate), revokeToken.</summary>
public sealed class TokenOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("tokens.generate", "tokens.get", "tokens.regenerate", "tokens.revoke")]
    public Task A_token_from_email_and_password_works_until_regenerated_and_then_revoked() => CoveringAsync(async () =>
    {
        var admin = Emulator.Emulator;
        var generated = await Keygen.WithAuth(KeygenAuth.Basic(admin.AdminEmail, admin.AdminPassword)).Tokens.GenerateAsync(new GenerateTokenRequest { Name = "CI" });
        var details = await Keygen.Tokens.GetAsync(generated.Id);

        Assert.Equal(TokenKind.AdminToken, generated.Kind);
        Assert.StartsWith("admin-", generated.Token, StringComparison.Ordinal);
        Assert.Equal("CI", details.Name);
        Assert.Null(details.Token); // the secret is shown once, when it is made
        Assert.Equal(await IdentityAsync(generated.Token!), (await Keygen.Profile.MeAsync()).Id);

        var regenerated = await Keygen.Tokens.RegenerateAsync(generated.Id);
        var old = await Assert.ThrowsAsync<KeygenApiException>(() => IdentityAsync(generated.Token!));

        Assert.Equal(generated.Id, regenerated.Id);
        Assert.NotEqual(generated.Token, regenerated.Token);
        Assert.Equal((401, "TOKEN_INVALID"), (old.StatusCode, old.Code));
        Assert.Equal(details.BearerId, await IdentityAsync(regenerated.Token!));

        await Keygen.Tokens.RevokeAsync(generated.Id);
        var revoked = await Assert.ThrowsAsync<KeygenApiException>(() => IdentityAsync(regenerated.Token!));
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Tokens.GetAsync(generated.Id));

        Assert.Equal((401, "TOKEN_INVALID"), (revoked.StatusCode, revoked.Code));
        Assert.Equal(404, gone.StatusCode);
    });

    [Fact]
    [Covers("tokens.generate")]
    public Task Wrong_credentials_get_keygens_error_and_no_secret_in_the_message() => CoveringAsync(async () =>
    {
        var admin = Emulator.Emulator;
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.WithAuth(KeygenAuth.Basic(admin.AdminEmail, "wrong-password-value")).Tokens.GenerateAsync());

        Assert.Equal((401, "PASSWORD_INVALID"), (refused.StatusCode, refused.Code));
        Assert.DoesNotContain("wrong-password-value", refused.ToString(), StringComparison.Ordinal);

        // The call this test covers: the right credentials still get a token.
        Assert.NotNull((await Keygen.WithAuth(KeygenAuth.Basic(admin.AdminEmail, admin.AdminPassword)).Tokens.GenerateAsync()).Token);
    });

    /// <summary>Whose token this is, by asking /me with it.</summary>
    private async Task<string> IdentityAsync(string token)
    {
        using var bearer = Keygen.WithAuth(KeygenAuth.Bearer(token));
        return (await bearer.Profile.MeAsync()).Id;
    }
}
