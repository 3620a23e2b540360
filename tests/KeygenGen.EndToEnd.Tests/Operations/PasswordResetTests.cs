using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>
/// resetPassword (<c>POST /passwords</c>) and resetUserPassword: the reset token reaches the app, as Keygen delivers it, in
/// the <c>user.password-reset</c> webhook event, so a webhook endpoint is subscribed first.
/// </summary>
public sealed class PasswordResetTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("passwords.reset", "users.resetPassword")]
    public Task A_forgotten_password_is_reset_with_the_token_from_the_webhook_event() => CoveringAsync(async () =>
    {
        await Keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest
        {
            Url = "https://hooks.example.com/password-resets",
            Subscriptions = [WebhookEventType.UserPasswordReset],
        });
        var user = await Keygen.UserAsync("forgotten-password");
        using var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);

        await anonymous.Passwords.ResetAsync(new RequestPasswordResetRequest { Email = user.Email, Deliver = false });
        var resetToken = await ResetTokenForAsync(user.Id);
        var wrongToken = await Assert.ThrowsAsync<KeygenApiException>(() =>
            anonymous.Users.ResetPasswordAsync(user.Id, new ResetUserPasswordRequest { PasswordResetToken = "not-the-token", NewPassword = "brand-new-password" }));
        var reset = await anonymous.Users.ResetPasswordAsync(user.Id, new ResetUserPasswordRequest { PasswordResetToken = resetToken, NewPassword = "brand-new-password" });
        var reused = await Assert.ThrowsAsync<KeygenApiException>(() =>
            anonymous.Users.ResetPasswordAsync(user.Id, new ResetUserPasswordRequest { PasswordResetToken = resetToken, NewPassword = "another-password" }));

        Assert.Equal(404, wrongToken.StatusCode);
        Assert.Equal(user.Id, reset.Id);
        Assert.Equal(404, reused.StatusCode);
        var token = await Keygen.WithAuth(KeygenAuth.Basic(user.Email, "brand-new-password")).Tokens.GenerateAsync();
        Assert.Equal(user.Id, token.BearerId);
        await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.WithAuth(KeygenAuth.Basic(user.Email, "forgotten-password")).Tokens.GenerateAsync());
    });

    /// <summary>The reset token from the newest <c>user.password-reset</c> event about <paramref name="userId"/>.</summary>
    private async Task<string> ResetTokenForAsync(string userId)
    {
        var events = await Keygen.WebhookEvents.ListAsync(new ListWebhookEventsRequest { Events = [WebhookEventType.UserPasswordReset] }).ToListAsync();
        var payload = events.Select(e => JsonNode.Parse(e.Payload!)!).First(p => (string?)p["data"]?["id"] == userId);
        return (string)payload["meta"]!["passwordResetToken"]!;
    }
}
