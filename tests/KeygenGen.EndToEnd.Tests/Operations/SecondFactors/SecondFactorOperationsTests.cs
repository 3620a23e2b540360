using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.SecondFactors;

/// <summary>A user's TOTP second factor, with codes computed from its secret as an authenticator app would (RFC 6238).</summary>
public sealed class SecondFactorOperationsTests(ClockedEmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<ClockedEmulatorFixture>
{
    private readonly ClockedEmulatorFixture _clock = emulator;

    [Fact]
    [Covers("secondFactors.create", "secondFactors.get", "secondFactors.list", "secondFactors.update", "secondFactors.delete")]
    public Task Enabling_2fa_makes_password_logins_need_a_current_code_until_the_factor_is_deleted() => CoveringAsync(async () =>
    {
        var user = await Keygen.UserAsync();
        using var login = Keygen.WithAuth(KeygenAuth.Basic(user.Email, Seed.Password));
        using var self = Keygen.WithAuth(KeygenAuth.Bearer((await login.Tokens.GenerateAsync()).Token!));

        var wrongPassword = await Assert.ThrowsAsync<KeygenApiException>(() =>
            self.SecondFactors.CreateAsync(user.Id, new CreateSecondFactorRequest { Password = "not-the-password" }));
        Assert.Equal((401, "PASSWORD_INVALID"), (wrongPassword.StatusCode, wrongPassword.Code));

        var factor = await self.SecondFactors.CreateAsync(user.Id, new CreateSecondFactorRequest { Password = Seed.Password });
        Assert.False(factor.Enabled);
        Assert.Equal(user.Id, factor.UserId);
        Assert.StartsWith("otpauth://totp/", factor.Uri, StringComparison.Ordinal);
        Assert.Contains("secret=" + factor.Secret, factor.Uri, StringComparison.Ordinal);
        Assert.Equal(factor.Id, (await self.SecondFactors.GetAsync(user.Id, factor.Id)).Id);
        Assert.Equal([factor.Id], await Ids(self.SecondFactors.ListAsync(user.Id)));

        var wrong = Code(factor) == "000000" ? "111111" : "000000";
        var wrongCode = await Assert.ThrowsAsync<KeygenApiException>(() =>
            self.SecondFactors.UpdateAsync(user.Id, factor.Id, new UpdateSecondFactorRequest { Enabled = true, Otp = wrong }));
        Assert.Equal((401, "OTP_INVALID"), (wrongCode.StatusCode, wrongCode.Code));

        var enabled = await self.SecondFactors.UpdateAsync(user.Id, factor.Id, new UpdateSecondFactorRequest { Enabled = true, Otp = Code(factor) });
        Assert.True(enabled.Enabled);
        Assert.Null(enabled.Secret); // once enabled, the secret cannot be read back
        Assert.Null(enabled.Uri);

        var withoutCode = await Assert.ThrowsAsync<KeygenApiException>(() => login.Tokens.GenerateAsync());
        Assert.Equal((401, "OTP_REQUIRED"), (withoutCode.StatusCode, withoutCode.Code));
        NextStep();
        var token = await login.Tokens.GenerateAsync(new GenerateTokenRequest { Otp = Code(factor) });
        Assert.StartsWith("user-", token.Token, StringComparison.Ordinal);

        NextStep();
        await self.SecondFactors.DeleteAsync(user.Id, factor.Id, new DeleteSecondFactorRequest { Otp = Code(factor) });
        Assert.Empty(await Ids(self.SecondFactors.ListAsync(user.Id)));
        Assert.NotNull((await login.Tokens.GenerateAsync()).Token);
    });

    [Fact]
    [Covers("secondFactors.list")]
    public Task Another_users_factors_are_hidden_from_a_plain_user() => CoveringAsync(async () =>
    {
        var owner = await Keygen.UserAsync();
        var other = await Keygen.UserAsync();
        using var login = Keygen.WithAuth(KeygenAuth.Basic(other.Email, Seed.Password));
        using var asOther = Keygen.WithAuth(KeygenAuth.Bearer((await login.Tokens.GenerateAsync()).Token!));

        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => Ids(asOther.SecondFactors.ListAsync(owner.Id)));
        Assert.Contains(refused.StatusCode, new[] { 403, 404 });
        Assert.Empty(await Ids(Keygen.SecondFactors.ListAsync(owner.Id))); // the admin may look
    });

    /// <summary>The authenticator app's code for the emulator's current time.</summary>
    private string Code(SecondFactor factor) => OneTimeCodes.At(factor.Secret!, _clock.Clock.GetUtcNow());

    /// <summary>A code is good once: move to the next 30-second step before using another.</summary>
    private void NextStep() => _clock.Clock.Advance(TimeSpan.FromSeconds(30));

    private static async Task<string[]> Ids(System.Collections.Generic.IAsyncEnumerable<SecondFactor> factors)
    {
        var list = await factors.ToListAsync();
        return list.ConvertAll(f => f.Id).ToArray();
    }
}
