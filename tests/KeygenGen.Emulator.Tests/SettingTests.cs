using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Account settings as Keygen's AccountSetting model has them: the key stored and answered in snake case, the value
/// validated as an array of distinct permissions of the setting's role (a 422 on the value, not a 400 on its type).
/// </summary>
public sealed class SettingTests
{
    [Fact]
    public async Task A_camel_case_key_is_stored_and_answered_in_snake_case_and_names_the_setting_in_paths()
    {
        await using var session = await EmulatorSession.StartAsync();

        var created = await session.PostAsync("/settings", Setting("defaultLicensePermissions", new JsonArray("license.validate", "machine.read")));
        var byKey = await session.GetAsync("/settings/default_license_permissions");
        var byCamelKey = await session.GetAsync("/settings/defaultLicensePermissions");

        Assert.Equal(201, created.Code);
        Assert.Equal("default_license_permissions", created.Attributes["key"]!.GetValue<string>());
        Assert.Equal(created.Id, byKey.Id);
        Assert.Equal(404, byCamelKey.Code);
    }

    [Theory]
    [InlineData("default_license_permissions", "[\"license.validate\",\"license.validate\"]", "must be an array of valid license permissions")]
    [InlineData("default_user_permissions", "[\"license.read\",null]", "must be an array of valid user permissions")]
    [InlineData("default_user_permissions", "[\"license.read\",\"foo.bar\"]", "must be an array of valid user permissions")]
    [InlineData("default_license_permissions", "[\"user.update\"]", "must be an array of valid license permissions")]
    [InlineData("default_user_permissions", "{\"user.read\":true}", "must be a valid setting")]
    public async Task A_value_that_is_no_set_of_the_roles_permissions_is_unprocessable(string key, string value, string detail)
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.PostAsync("/settings", Setting(key, JsonNode.Parse(value)!));

        Assert.Equal(422, response.Code);
        Assert.Single(response.Json!["errors"]!.AsArray());
        Assert.Equal(("VALUE_NOT_ALLOWED", detail), (response.ErrorCode, response.FirstError["detail"]!.GetValue<string>()));
        Assert.Equal("/data/attributes/value", response.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Empty((await session.GetAsync("/settings")).Json!["data"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_key_is_not_allowed_and_its_value_is_no_valid_setting()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.PostAsync("/settings", Setting("foo", JsonValue.Create("bar")));

        var errors = response.Json!["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["detail"]!.GetValue<string>()));
        Assert.Equal(422, response.Code);
        Assert.Equal(
            [("KEY_NOT_ALLOWED", "must be one of: default_license_permissions, default_user_permissions"), ("VALUE_NOT_ALLOWED", "must be a valid setting")],
            errors);
    }

    [Fact]
    public async Task An_update_to_an_invalid_value_is_unprocessable_and_keeps_the_old_value()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/settings", Setting("default_user_permissions", new JsonArray("user.read")));

        var wildcard = await session.PatchAsync("/settings/default_user_permissions", Update(new JsonArray("*")));
        var unknown = await session.PatchAsync("/settings/default_user_permissions", Update(new JsonArray("foo.bar")));

        Assert.Equal(200, wildcard.Code);
        Assert.Equal((422, "VALUE_NOT_ALLOWED"), (unknown.Code, unknown.ErrorCode));
        var kept = await session.GetAsync("/settings/default_user_permissions");
        Assert.Equal("[\"*\"]", kept.Attributes["value"]!.ToJsonString());
    }

    private static JsonObject Setting(string key, JsonNode value) => new()
    {
        ["data"] = new JsonObject { ["type"] = "settings", ["attributes"] = new JsonObject { ["key"] = key, ["value"] = value } },
    };

    private static JsonObject Update(JsonNode value) => new()
    {
        ["data"] = new JsonObject { ["type"] = "settings", ["attributes"] = new JsonObject { ["value"] = value } },
    };
}
