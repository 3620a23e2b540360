using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Behaviour of licenses that Keygen's own acceptance suite showed the emulator had wrong (issue #12's first fixes),
/// each checked over HTTP the way a client meets it.
/// </summary>
public sealed class LicenseFidelityTests
{
    [Fact]
    public async Task A_validation_scoped_to_an_attached_user_is_valid_and_to_a_stranger_is_not()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", attributes: new Dictionary<string, object?> { ["owner"] = account.Create("user") });
        var attached = account.Create("user");
        var stranger = account.Create("user");
        account.Create("license-user", attributes: new Dictionary<string, object?> { ["license"] = license, ["user"] = attached });

        Assert.Equal("VALID", await ValidationCode(session, license.Id, new JsonObject { ["user"] = attached["email"]!.GetValue<string>() }));
        Assert.Equal("USER_SCOPE_MISMATCH", await ValidationCode(session, license.Id, new JsonObject { ["user"] = stranger.Id }));
    }

    [Fact]
    public async Task Validating_a_plain_key_as_encrypted_finds_no_license()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var key = session.Emulator.Data.Account(session.Emulator.AccountId).Create("license")["key"]!.GetValue<string>();

        var plain = await session.PostAsync("/licenses/actions/validate-key", Json.Meta(new() { ["key"] = key }), As.Anonymous);
        var encrypted = await session.PostAsync("/licenses/actions/validate-key", Json.Meta(new() { ["key"] = key, ["encrypted"] = true }), As.Anonymous);

        Assert.Equal("VALID", plain.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", encrypted.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Null(encrypted.Json!["data"]);
    }

    [Fact]
    public async Task A_one_year_policy_duration_ends_on_the_same_date_next_year()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var policy = session.Emulator.Data.Account(session.Emulator.AccountId).Create("policy", attributes: new Dictionary<string, object?> { ["duration"] = 31_556_952 });

        var created = await session.PostAsync("/licenses", Json.Resource("licenses", relationships: Json.Relationship("policy", "policies", policy.Id)));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var start = DateTimeOffset.Parse(created.Attributes["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var expiry = DateTimeOffset.Parse(created.Attributes["expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(start.AddYears(1), expiry);
    }

    [Fact]
    public async Task Older_api_versions_get_the_validation_constant_and_the_license_user_relationship()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", attributes: new Dictionary<string, object?> { ["owner"] = account.Create("user") });

        var v11 = await session.SendAsync(HttpMethod.Get, $"/licenses/{license.Id}/actions/validate", null, configure: r => r.Headers.Add("Keygen-Version", "1.1"));
        var v15 = await session.SendAsync(HttpMethod.Get, $"/licenses/{license.Id}", null, configure: r => r.Headers.Add("Keygen-Version", "1.5"));
        var current = await session.GetAsync($"/licenses/{license.Id}");

        Assert.Equal("VALID", v11.Json!["meta"]!["constant"]!.GetValue<string>());
        Assert.Null(v11.Json!["meta"]!["code"]);
        Assert.NotNull(v15.Data["relationships"]!["user"]);
        Assert.Null(v15.Data["relationships"]!["owner"]);
        Assert.EndsWith($"/licenses/{license.Id}/user", v15.Data["relationships"]!["user"]!["links"]!["related"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(current.Data["relationships"]!["owner"]);
    }

    [Fact]
    public async Task An_environment_token_validates_and_creates_licenses_in_its_environment()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var environment = account.Create("environment", ["isolated"]);
        var license = account.Create("license", ["isolated"]);
        var policy = account.Create("policy", ["isolated"]);
        var token = account.TokenFor(environment).Secret;
        void InIsolated(HttpRequestMessage request) => request.Headers.Add("Keygen-Environment", "isolated");

        var validation = await session.SendAsync(HttpMethod.Post, $"/licenses/{license.Id}/actions/validate", null, As.Bearer(token), InIsolated);
        var created = await session.SendAsync(HttpMethod.Post, "/licenses", Json.Resource("licenses", relationships: Json.Relationship("policy", "policies", policy.Id)), As.Bearer(token), InIsolated);

        Assert.Equal(HttpStatusCode.OK, validation.Status);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(environment.Id, created.Data["relationships"]!["environment"]!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_license_cannot_be_created_in_the_global_environment_for_an_isolated_policy()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        account.Create("environment", ["isolated"]);
        var policy = account.Create("policy", ["isolated"]);

        var body = Json.Resource("licenses", relationships: Json.Relationship("policy", "policies", policy.Id));
        body["data"]!["relationships"]!["environment"] = Json.Linkage("environments", null);
        var created = await session.SendAsync(HttpMethod.Post, "/licenses", body, await session.AdminInAsync("isolated"), r => r.Headers.Add("Keygen-Environment", "isolated"));

        Assert.Equal(HttpStatusCode.Forbidden, created.Status);
    }

    [Fact]
    public async Task A_canceled_account_is_refused_everywhere_but_its_own_settings()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/licenses")).Status); // also makes the starting account's billing row
        account.Update(account.List("billing")[0], new Dictionary<string, object?> { ["state"] = "canceled" });

        var licenses = await session.GetAsync("/licenses");
        var billing = await session.GetAsync("/billing");

        Assert.Equal(HttpStatusCode.Forbidden, licenses.Status);
        Assert.Equal("must have an active subscription to access this resource", licenses.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, billing.Status);
    }

    [Fact]
    public async Task Raw_line_breaks_in_strings_are_read_and_null_bytes_are_refused()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var license = session.Emulator.Data.Account(session.Emulator.AccountId).Create("license");

        var lineBreak = await session.PatchAsync($"/licenses/{license.Id}", "{\"data\":{\"type\":\"licenses\",\"attributes\":{\"name\":\"two\nlines\"}}}");
        var nullByte = await session.PatchAsync($"/licenses/{license.Id}", "{\"data\":{\"type\":\"licenses\",\"attributes\":{\"name\":\"a\\u0000b\"}}}");

        Assert.Equal("two\nlines", lineBreak.Attributes["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, nullByte.Status);
        Assert.Equal("ENCODING_INVALID", nullByte.ErrorCode);
    }

    private static async Task<string> ValidationCode(EmulatorSession session, string licenseId, JsonObject scope)
    {
        var response = await session.PostAsync($"/licenses/{licenseId}/actions/validate", Json.Meta(new() { ["scope"] = scope }));
        return response.Json!["meta"]!["code"]!.GetValue<string>();
    }
}
