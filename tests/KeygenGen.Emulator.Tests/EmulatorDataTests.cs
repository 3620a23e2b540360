using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Keygen.Emulator.Seeding;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// The seeding surface (<see cref="KeygenEmulator.Data"/>): what it writes is what the HTTP routes read, with Keygen's
/// factory defaults and traits, several accounts side by side, tokens for any bearer, and clear errors for names it
/// does not know.
/// </summary>
public sealed class EmulatorDataTests
{
    [Fact]
    public async Task An_expired_license_on_a_floating_policy_with_three_machines_in_a_few_lines()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);

        var policy = account.Create("policy", ["floating"], new Dictionary<string, object?> { ["maxMachines"] = 3 });
        var license = account.Create("license", ["expired"], new Dictionary<string, object?> { ["policy"] = policy });
        account.Create("machine", 3, attributes: new Dictionary<string, object?> { ["license"] = license });

        var validation = await session.PostAsync("/licenses/actions/validate-key", Json.Meta(new() { ["key"] = license["key"]!.GetValue<string>() }), As.Anonymous);
        Assert.Equal("EXPIRED", validation.Json!["meta"]!["code"]!.GetValue<string>());
        var machines = await session.GetAsync($"/licenses/{license.Id}/machines");
        Assert.Equal(3, machines.Json!["data"]!.AsArray().Count);
        Assert.Equal(3, (await session.GetAsync($"/policies/{policy.Id}")).Attributes["maxMachines"]!.GetValue<int>());
        Assert.True((await session.GetAsync($"/policies/{policy.Id}")).Attributes["floating"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Missing_dependencies_are_made_with_factory_defaults()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountSlug);

        var machine = account.Create("machine");

        var license = machine.Related("license")!;
        var policy = license.Related("policy")!;
        Assert.NotNull(policy.Related("product"));
        Assert.Equal(1209600, policy["duration"]!.GetValue<int>());
        Assert.True(policy["floating"]!.GetValue<bool>());
        Assert.Matches("^([0-9A-F]{2}:){11}[0-9A-F]{2}$", machine["fingerprint"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/machines/{machine.Id}")).Status);
    }

    [Fact]
    public async Task A_token_for_any_bearer_authenticates_as_it_and_is_renewed_on_each_call()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var user = account.Create("user");
        account.Create("license", attributes: new Dictionary<string, object?> { ["owner"] = user });
        account.Create("license");

        var first = account.TokenFor(user);
        var second = account.TokenFor(user);

        Assert.Equal(first.Token, second.Token);
        Assert.NotEqual(first.Secret, second.Secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/licenses", As.Bearer(first.Secret))).Status);
        var licenses = await session.GetAsync("/licenses", As.Bearer(second.Secret));
        Assert.Single(licenses.Json!["data"]!.AsArray());
        Assert.Equal(user.Id, licenses.Json!["data"]![0]!["relationships"]!["owner"]!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Traits_place_resources_in_environments_the_routes_then_scope_by()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);

        var isolated = account.Create("license", ["isolated"]);
        var global = account.Create("license");

        Assert.Equal("isolated", isolated.Environment);
        Assert.Null(global.Environment);
        Assert.Single(account.List("environments"));
        var inIsolated = await session.SendAsync(System.Net.Http.HttpMethod.Get, "/licenses", null, await session.AdminInAsync("isolated"), r => r.Headers.Add("Keygen-Environment", "isolated"));
        Assert.Equal([isolated.Id], inIsolated.Json!["data"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
        var outside = await session.GetAsync("/licenses");
        Assert.Equal([global.Id], outside.Json!["data"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Accounts_and_plans_are_seeded_side_by_side()
    {
        await using var session = await EmulatorSession.StartAsync();
        var data = session.Emulator.Data;
        data.RemovePlans();
        var plan = data.CreatePlan(new Dictionary<string, object?> { ["name"] = "Ent 1", ["maxLicenses"] = 5 });

        var test1 = data.CreateAccount("test1", new Dictionary<string, object?> { ["plan"] = plan, ["name"] = "Test 1" });
        var test2 = data.CreateAccount("test2", new Dictionary<string, object?> { ["plan_id"] = plan.Id });

        Assert.NotEqual(test1.PublicKeyHex, test2.PublicKeyHex);
        Assert.Equal(["admin"], test1.List("users").Select(u => u["role"]!.GetValue<string>()));
        var plans = await session.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/plans", null, As.Anonymous);
        Assert.Equal([plan.Id], plans.Json!["data"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var admin = test2.TokenFor(test2.List("admins")[0]);
        var account = await session.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/accounts/test2", null, As.Bearer(admin.Secret));
        Assert.Equal(test2.Id, account.Id);
        Assert.True(ResponseSignatures.Verify(test2.PublicKeyHex, account, "GET", "/v1/accounts/test2", "127.0.0.1"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/accounts/test1/licenses", null, As.Bearer(admin.Secret))).Status);
    }

    [Fact]
    public async Task Updates_assign_any_column_without_validation()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", ["suspended"]);

        account.Update(license, new Dictionary<string, object?> { ["last_validated_at"] = "2024-01-02 03:04:05 UTC", ["uses"] = 7 });

        var read = await session.GetAsync($"/licenses/{license.Id}");
        Assert.Equal("2024-01-02T03:04:05.000Z", read.Attributes["lastValidated"]!.GetValue<string>());
        Assert.Equal(7, read.Attributes["uses"]!.GetValue<int>());
        Assert.Equal("SUSPENDED", read.Attributes["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_are_oldest_first_and_roles_list_their_users()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var created = account.Create("developer", 2);

        Assert.Equal(created, account.List("developers"));
        Assert.Equal(3, account.List("users").Count);
        Assert.Equal("admin", account.List("users")[0]["role"]!.GetValue<string>());
        Assert.Equal(created[1], account.Find("users", created[1].Id));
    }

    [Fact]
    public async Task Unknown_factories_traits_and_attributes_are_errors_that_name_them()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);

        Assert.Contains("'widget'", Assert.Throws<ArgumentException>(() => account.Create("widget")).Message, StringComparison.Ordinal);
        Assert.Contains("'sparkly'", Assert.Throws<ArgumentException>(() => account.Create("license", ["sparkly"])).Message, StringComparison.Ordinal);
        var attribute = Assert.Throws<ArgumentException>(() => account.Create("license", attributes: new Dictionary<string, object?> { ["colour"] = "red" }));
        Assert.Contains("'colour'", attribute.Message, StringComparison.Ordinal);
        Assert.Contains("expiry", attribute.Message, StringComparison.Ordinal);
        Assert.Contains("'expiry'", Assert.Throws<ArgumentException>(() => account.Create("license", attributes: new Dictionary<string, object?> { ["expiry"] = "soon" })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => session.Emulator.Data.CreateAccount(session.Emulator.AccountSlug));
    }

    [Fact]
    public async Task A_password_reset_token_and_a_one_time_password_work_against_the_routes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var user = account.Create("user");
        var factor = account.Create("second-factor", attributes: new Dictionary<string, object?> { ["user"] = user, ["enabled"] = true });

        var token = account.PasswordResetToken(user);
        var reset = await session.PostAsync($"/users/{user.Id}/actions/reset-password",
            Json.Meta(new() { ["passwordResetToken"] = token, ["newPassword"] = "a-new-password" }), As.Anonymous);
        Assert.Equal(HttpStatusCode.OK, reset.Status);
        var login = await session.SendAsync(System.Net.Http.HttpMethod.Post, "/tokens", Json.Meta(new() { ["otp"] = account.OneTimePassword(factor) }),
            As.Basic(user["email"]!.GetValue<string>(), "a-new-password"));
        Assert.Equal(HttpStatusCode.Created, login.Status);
    }

    [Fact]
    public async Task Reset_puts_the_emulator_back_as_it_started()
    {
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { AdminToken = "admin-reset-test" });
        var data = session.Emulator.Data;
        var accountId = session.Emulator.AccountId;
        data.Account(accountId).Create("license", 2);
        data.CreateAccount("other");
        data.RemovePlans();

        session.Emulator.Reset();

        Assert.Equal(accountId, session.Emulator.AccountId);
        Assert.Single(data.Accounts);
        Assert.Empty(data.Account(accountId).List("licenses"));
        Assert.NotEmpty(data.Plans);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/licenses")).Status);
    }
}
