using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The account-less /v1 routes and the request log, on the wire.</summary>
public sealed class AccountlessAndLogTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AccountlessRoutesAnswerUnderV1SignedWithTheFirstAccountsKey()
    {
        var ping = await Session.SendRawAsync(HttpMethod.Get, "/v1/ping", null, As.Anonymous);
        var plans = await Session.SendRawAsync(HttpMethod.Get, "/v1/plans", null, As.Anonymous);

        Assert.Equal(200, ping.Code);
        Assert.Empty(ping.Body);
        Assert.Contains($"keyid=\"{Session.Emulator.AccountId}\"", ping.Header("Keygen-Signature"), StringComparison.Ordinal);
        Assert.Equal(200, plans.Code);
        var listed = plans.Json!["data"]!.AsArray();
        Assert.NotEmpty(listed);
        Assert.All(listed, p => Assert.Null(p!["attributes"]!["private"]));
        Assert.All(listed, p => Assert.StartsWith("/v1/plans/", p!["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignUpWithAnUnknownPlanIsRefused()
    {
        var body = JsonNode.Parse("""
            {"data": {"type": "accounts", "attributes": {"name": "Nope"},
              "relationships": {"plan": {"data": {"type": "plans", "id": "PLAN"}},
                "admins": {"data": [{"type": "users", "attributes": {"email": "a@example.com", "password": "secret-password"}}]}}}}
            """.Replace("PLAN", Guid.NewGuid().ToString(), StringComparison.Ordinal));

        var response = await Session.SendRawAsync(HttpMethod.Post, "/v1/accounts", body, As.Anonymous);

        Assert.Equal(422, response.Code);
        Assert.Equal("PLAN_NOT_FOUND", response.ErrorCode);
        Assert.Equal("/data/relationships/plan", response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRequestLogFiltersSecretsFromBodiesAndHeaders()
    {
        var login = await Session.SendAsync(HttpMethod.Post, "/tokens", null, As.Basic(Session.Emulator.AdminEmail, Session.Emulator.AdminPassword));
        var secret = login.Attributes["token"]!.GetValue<string>();
        var requestId = login.Header("X-Request-Id")!;

        var log = await Session.GetAsync("/request-logs/" + requestId);

        Assert.Equal(200, log.Code);
        Assert.Equal("201", log.Attributes["status"]!.GetValue<string>());
        var logged = log.Attributes.ToJsonString();
        Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Session.Emulator.AdminPassword, logged, StringComparison.Ordinal);
        Assert.Contains("[FILTERED]", log.Attributes["responseBody"]!.GetValue<string>(), StringComparison.Ordinal);

        var list = await Session.GetAsync("/request-logs?page[size]=100&page[number]=1");
        Assert.All(list.Json!["data"]!.AsArray(), l => Assert.Null(l!["attributes"]!["responseBody"]));
        Assert.Null(list.Json!["links"]!["meta"]); // request logs are never counted
    }
}
