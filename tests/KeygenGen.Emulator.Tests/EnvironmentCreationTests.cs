using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Creating an environment as Keygen's EnvironmentsController does: its code validated as Keygen's Environment model
/// validates it, and its first admins created inline (<c>relationships.admins</c>) inside the new environment.
/// </summary>
public sealed class EnvironmentCreationTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task Inline_admins_are_made_admins_of_the_new_environment_and_sign_in_there()
    {
        var code = Names.Unique("Env");
        var email = $"{code.ToLowerInvariant()}@example.com";

        var created = await Session.PostAsync("/environments", Environment(code, "SHARED", new JsonArray(
            new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = email, ["password"] = "$ecr3t-pw" } })));
        var signIn = await Session.SendAsync(HttpMethod.Post, "/tokens", null, As.Basic(email, "$ecr3t-pw"), r => r.Headers.Add("Keygen-Environment", code));
        var outside = await Session.SendAsync(HttpMethod.Post, "/tokens", null, As.Basic(email, "$ecr3t-pw"));

        Assert.Equal(201, created.Code);
        Assert.Equal((code, "SHARED"), (created.Attributes["code"]!.GetValue<string>(), created.Attributes["isolationStrategy"]!.GetValue<string>()));
        Assert.Equal(201, signIn.Code);
        var me = await Session.SendAsync(HttpMethod.Get, "/me", null, As.Bearer(signIn.Attributes["token"]!.GetValue<string>()), r => r.Headers.Add("Keygen-Environment", code));
        Assert.Equal(("admin", created.Id), (me.Attributes["role"]!.GetValue<string>(), me.Data["relationships"]!["environment"]!["data"]!["id"]!.GetValue<string>()));
        Assert.Equal(401, outside.Code);
    }

    [Fact]
    public async Task An_invalid_inline_admin_leaves_neither_the_environment_nor_any_admin_behind()
    {
        var code = Names.Unique("env");

        var refused = await Session.PostAsync("/environments", Environment(code, "ISOLATED", new JsonArray(
            new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = $"{code}@example.com" } },
            new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = "not-an-email" } })));

        // Keygen validates the admins as the environment's nested users (accepts_nested_attributes_for :users), so the code names them.
        Assert.Equal((422, "USERS_EMAIL_INVALID"), (refused.Code, refused.ErrorCode));
        Assert.Equal("/data/relationships/admins/data/1/attributes/email", refused.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(404, (await Session.GetAsync($"/environments/{code}")).Code);
        var users = Session.Emulator.Data.Account(Session.Emulator.AccountId).List("users");
        Assert.DoesNotContain(users, u => u["email"]!.GetValue<string>() == $"{code}@example.com");
    }

    [Theory]
    [InlineData("3f1a1c2e-8e52-4d3f-9d7a-0c8f3b6e2a11", "CODE_INVALID", "is invalid")]
    [InlineData("actions", "CODE_NOT_ALLOWED", "is reserved")]
    public async Task A_code_that_would_read_as_an_id_or_an_action_is_unprocessable(string code, string error, string detail)
    {
        var refused = await Session.PostAsync("/environments", Environment(code, "ISOLATED", admins: null));

        Assert.Equal((422, error, detail), (refused.Code, refused.ErrorCode, refused.FirstError["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_code_is_unique_whatever_its_case_and_kept_as_sent()
    {
        var code = Names.Unique("Staging");

        var created = await Session.PostAsync("/environments", Environment(code, "ISOLATED", admins: null));
        var again = await Session.PostAsync("/environments", Environment(code.ToLowerInvariant(), "ISOLATED", admins: null));

        Assert.Equal((201, code), (created.Code, created.Attributes["code"]!.GetValue<string>()));
        Assert.Equal((422, "CODE_TAKEN"), (again.Code, again.ErrorCode));
    }

    [Fact]
    public async Task More_than_ten_inline_admins_are_too_many_records()
    {
        var admins = new JsonArray(Enumerable.Range(0, 11)
            .Select(i => (JsonNode)new JsonObject { ["type"] = "users", ["attributes"] = new JsonObject { ["email"] = $"{Names.Unique("a")}-{i}@example.com" } })
            .ToArray());

        var refused = await Session.PostAsync("/environments", Environment(Names.Unique("env"), "ISOLATED", admins));

        Assert.Equal((422, "too many records"), (refused.Code, refused.FirstError["detail"]!.GetValue<string>()));
    }

    private static JsonObject Environment(string code, string isolationStrategy, JsonArray? admins)
    {
        var body = Json.Resource("environments", new JsonObject { ["name"] = code, ["code"] = code, ["isolationStrategy"] = isolationStrategy });
        if (admins is not null)
        {
            body["data"]!["relationships"] = new JsonObject { ["admins"] = new JsonObject { ["data"] = admins } };
        }

        return body;
    }
}
