using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// The emails Keygen would send are kept in the emulator's outbox (<c>emulator.Data.Mails</c>): a user testing a
/// password-reset flow reads the token the emulator "mailed" and completes the reset with it.
/// </summary>
public sealed class MailOutboxTests
{
    [Fact]
    public async Task A_password_reset_email_carries_the_token_that_resets_the_password()
    {
        await using var session = await EmulatorSession.StartAsync();
        var userId = await session.UserAsync("user@example.com", "forgotten-password");
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);

        var requested = await session.PostAsync("/passwords", Json.Meta(new JsonObject { ["email"] = "User@Example.com" }), As.Anonymous);
        var mail = Assert.Single(account.Mails);
        var reset = await session.PostAsync($"/users/{userId}/actions/reset-password", Json.Meta(new JsonObject { ["passwordResetToken"] = mail.Token, ["newPassword"] = "brand-new-password" }), As.Anonymous);

        Assert.Equal(204, requested.Code);
        Assert.Equal(("UserMailer", "password_reset", "user@example.com", session.Emulator.AccountId), (mail.Mailer, mail.Kind, mail.To, mail.AccountId));
        Assert.StartsWith("Password reset requested for your ", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(mail.QueuedAt, mail.DeliverAt);
        Assert.Equal(200, reset.Code);
        Assert.NotNull(await session.TokenForAsync("user@example.com", "brand-new-password"));
    }

    [Fact]
    public async Task No_email_is_queued_when_delivery_is_declined_or_the_user_is_unknown()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.UserAsync("user@example.com");

        var declined = await session.PostAsync("/passwords", Json.Meta(new JsonObject { ["email"] = "user@example.com", ["deliver"] = false }), As.Anonymous);
        var unknown = await session.PostAsync("/passwords", Json.Meta(new JsonObject { ["email"] = "ghost@example.com" }), As.Anonymous);

        Assert.Equal((204, 204), (declined.Code, unknown.Code));
        Assert.Empty(session.Emulator.Data.Mails);
    }

    [Theory]
    [InlineData("founder@keygen.example", true)]
    [InlineData("founder@gmail.com", false)]
    [InlineData("founder@mailinator.com", false)]
    public async Task A_sign_up_queues_the_first_impression_email_days_later_unless_the_mailbox_is_free(string email, bool queued)
    {
        await using var session = await EmulatorSession.StartAsync();
        var plan = session.Emulator.Data.Plans[0].Id;
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "accounts",
                ["relationships"] = new JsonObject
                {
                    ["plan"] = Json.Linkage("plans", plan),
                    ["admins"] = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = email, ["password"] = "secret-password" } }) },
                },
            },
        };

        var created = await session.SendRawAsync(HttpMethod.Post, "/v1/accounts", body, As.Anonymous);
        var mails = session.Emulator.Data.Account(created.Id).Mails;

        Assert.Equal(201, created.Code);
        if (queued)
        {
            var mail = Assert.Single(mails);
            Assert.Equal(("PlaintextMailer", "prompt_for_first_impression", email, (string?)null), (mail.Mailer, mail.Kind, mail.To, mail.Token));
            Assert.InRange((mail.DeliverAt - mail.QueuedAt).TotalDays, 2, 5);
        }
        else
        {
            Assert.Empty(mails);
        }
    }
}
