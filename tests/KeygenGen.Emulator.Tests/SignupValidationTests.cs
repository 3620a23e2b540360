using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>A sign-up's founding admins are validated together, each error pointing at its admin, as Keygen's nested users are.</summary>
public sealed class SignupValidationTests
{
    [Fact]
    public async Task A_sign_up_answers_every_invalid_admin_at_its_index()
    {
        await using var session = await EmulatorSession.StartAsync();
        var admins = new JsonArray(
            new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = "lpage^keygen.example", ["password"] = "password1" } },
            new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = "sbrin*keygen.example", ["password"] = "password2" } });
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "accounts",
                ["attributes"] = new JsonObject { ["slug"] = "nested-errors" },
                ["relationships"] = new JsonObject { ["plan"] = Json.Linkage("plans", session.Emulator.Data.Plans[0].Id), ["admins"] = new JsonObject { ["data"] = admins } },
            },
        };

        var refused = await session.SendRawAsync(HttpMethod.Post, "/v1/accounts", body, As.Anonymous);

        Assert.Equal(422, refused.Code);
        var errors = refused.Json!["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["source"]!["pointer"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [("USERS_EMAIL_INVALID", "/data/relationships/admins/data/0/attributes/email"), ("USERS_EMAIL_INVALID", "/data/relationships/admins/data/1/attributes/email")],
            errors);
        Assert.Empty(session.Emulator.Data.Mails);
    }
}
