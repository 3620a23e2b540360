using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>One scenario per validation code the emulator implements, asserting <c>valid</c> and <c>code</c> as Keygen sets them.</summary>
public sealed class ValidationTests
{
    private const string Fingerprint = "fp-main";

    /// <summary>Each scenario sets up a license and returns the validation response.</summary>
    private static readonly Dictionary<string, Func<Scenario, Task<ApiResponse>>> Scenarios = new()
    {
        ["VALID"] = async s => await s.ValidateAsync(await s.LicenseAsync(), null),
        ["NOT_FOUND"] = s => s.Session.PostAsync("/licenses/actions/validate-key", Json.Meta(new JsonObject { ["key"] = "NO-SUCH-KEY" }), As.Anonymous),
        ["BANNED"] = async s =>
        {
            var userId = await s.Session.UserAsync("banned@example.com");
            var license = await s.LicenseAsync(ownerId: userId);
            await s.Session.PostAsync($"/users/{userId}/actions/ban");
            return await s.ValidateAsync(license, null);
        },
        ["SUSPENDED"] = async s =>
        {
            var license = await s.LicenseAsync();
            await s.Session.PostAsync($"/licenses/{license}/actions/suspend");
            return await s.ValidateAsync(license, null);
        },
        ["EXPIRED (revoke access, before scope checks)"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["duration"] = 86400, ["expirationStrategy"] = "REVOKE_ACCESS", ["requireFingerprintScope"] = true });
            s.Clock.Advance(TimeSpan.FromDays(2));
            return await s.ValidateAsync(license, null);
        },
        ["EXPIRED (restrict access)"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["duration"] = 86400 });
            s.Clock.Advance(TimeSpan.FromDays(2));
            return await s.ValidateAsync(license, null);
        },
        ["EXPIRED (allow access, still valid)"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["duration"] = 86400, ["expirationStrategy"] = "ALLOW_ACCESS" });
            s.Clock.Advance(TimeSpan.FromDays(2));
            return await s.ValidateAsync(license, null);
        },
        ["OVERDUE"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["requireCheckIn"] = true, ["checkInInterval"] = "day", ["checkInIntervalCount"] = 1 });
            s.Clock.Advance(TimeSpan.FromDays(2));
            return await s.ValidateAsync(license, null);
        },
        ["PRODUCT_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["product"] = Guid.NewGuid().ToString() }),
        ["PRODUCT_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireProductScope"] = true }), null),
        ["POLICY_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["policy"] = Guid.NewGuid().ToString() }),
        ["POLICY_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requirePolicyScope"] = true }), null),
        ["USER_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["user"] = "someone@example.com" }),
        ["USER_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireUserScope"] = true }), null),
        ["ENTITLEMENTS_SCOPE_EMPTY"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["entitlements"] = new JsonArray() }),
        ["ENTITLEMENTS_MISSING"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["entitlements"] = new JsonArray("PRO") }),
        ["NO_MACHINE (machine scope)"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["machine"] = Guid.NewGuid().ToString() }),
        ["MACHINE_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["machine"] = Guid.NewGuid().ToString() }),
        ["MACHINE_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireMachineScope"] = true }), null),
        ["NO_MACHINES (fingerprint scope)"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["floating"] = true }), new JsonObject { ["fingerprint"] = Fingerprint }),
        ["FINGERPRINT_SCOPE_EMPTY"] = async s => await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["fingerprints"] = new JsonArray() }),
        ["FINGERPRINT_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["fingerprint"] = "other-machine" }),
        ["FINGERPRINT_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireFingerprintScope"] = true }), null),
        ["FINGERPRINT_SCOPE_REQUIRED (components without fingerprint)"] = async s =>
            await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["fingerprints"] = new JsonArray(Fingerprint), ["components"] = new JsonArray("disk-1") }),
        ["HEARTBEAT_NOT_STARTED"] = async s =>
            await s.ValidateAsync(await s.ActivatedAsync(new JsonObject { ["requireHeartbeat"] = true, ["heartbeatBasis"] = "FROM_FIRST_PING" }), new JsonObject { ["fingerprint"] = Fingerprint }),
        ["HEARTBEAT_DEAD"] = async s =>
        {
            // Kept dead: with the default DEACTIVATE_DEAD the machine would be culled 2 minutes after dying.
            var license = await s.ActivatedAsync(new JsonObject { ["requireHeartbeat"] = true, ["heartbeatBasis"] = "FROM_FIRST_PING", ["heartbeatDuration"] = 60, ["heartbeatCullStrategy"] = "KEEP_DEAD" });
            s.Clock.Advance(TimeSpan.FromMinutes(5));
            return await s.ValidateAsync(license, new JsonObject { ["fingerprint"] = Fingerprint });
        },
        ["COMPONENTS_SCOPE_EMPTY"] = async s => await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["fingerprint"] = Fingerprint, ["components"] = new JsonArray() }),
        ["COMPONENTS_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.ActivatedAsync(), new JsonObject { ["fingerprint"] = Fingerprint, ["components"] = new JsonArray("disk-1") }),
        ["COMPONENTS_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireComponentsScope"] = true }), null),
        ["CHECKSUM_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["checksum"] = "abc123" }),
        ["CHECKSUM_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireChecksumScope"] = true }), null),
        ["VERSION_SCOPE_MISMATCH"] = async s => await s.ValidateAsync(await s.LicenseAsync(), new JsonObject { ["version"] = "1.0.0" }),
        ["VERSION_SCOPE_REQUIRED"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["requireVersionScope"] = true }), null),
        ["TOO_MANY_USERS"] = async s =>
            await s.ValidateAsync(await s.LicenseAsync(licenseAttributes: new JsonObject { ["maxUsers"] = 0 }, ownerId: await s.Session.UserAsync("owner@example.com")), null),
        ["NO_MACHINE (strict, node-locked)"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["strict"] = true }), null),
        ["NO_MACHINES (strict, floating)"] = async s => await s.ValidateAsync(await s.LicenseAsync(new JsonObject { ["strict"] = true, ["floating"] = true }), null),
        ["VALID (strict, activated)"] = async s => await s.ValidateAsync(await s.ActivatedAsync(new JsonObject { ["strict"] = true }), new JsonObject { ["fingerprint"] = Fingerprint }),
        ["TOO_MANY_MACHINES"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["strict"] = true, ["floating"] = true, ["maxMachines"] = 2 });
            await s.Session.ActivateAsync(license, "a");
            await s.Session.ActivateAsync(license, "b");
            await s.Session.PatchAsync($"/licenses/{license}", Json.Resource("licenses", new JsonObject { ["maxMachines"] = 1 }));
            return await s.ValidateAsync(license, null);
        },
        ["TOO_MANY_MACHINES (2x overage, still valid)"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["strict"] = true, ["floating"] = true, ["maxMachines"] = 2, ["overageStrategy"] = "ALLOW_2X_OVERAGE" });
            foreach (var fingerprint in new[] { "a", "b", "c" })
            {
                Assert.Equal(201, (await s.Session.ActivateAsync(license, fingerprint)).Code);
            }

            return await s.ValidateAsync(license, null);
        },
        ["TOO_MANY_CORES"] = async s => await s.ValidateAsync(await s.OverLimitAsync("maxCores", new JsonObject { ["cores"] = 4 }, 2), null),
        ["TOO_MUCH_MEMORY"] = async s => await s.ValidateAsync(await s.OverLimitAsync("maxMemory", new JsonObject { ["memory"] = 4096 }, 1024), null),
        ["TOO_MUCH_DISK"] = async s => await s.ValidateAsync(await s.OverLimitAsync("maxDisk", new JsonObject { ["disk"] = 4096 }, 1024), null),
        ["TOO_MANY_PROCESSES (2x overage, still valid)"] = async s =>
        {
            var license = await s.LicenseAsync(new JsonObject { ["strict"] = true, ["maxProcesses"] = 1, ["overageStrategy"] = "ALLOW_2X_OVERAGE" });
            var machine = await s.Session.ActivateAsync(license, Fingerprint);
            Assert.Equal(201, (await s.Session.SpawnAsync(machine.Id, "100")).Code);
            Assert.Equal(201, (await s.Session.SpawnAsync(machine.Id, "101")).Code);
            return await s.ValidateAsync(license, new JsonObject { ["fingerprint"] = Fingerprint });
        },
    };

    public static TheoryData<string, bool, string> Cases => new()
    {
        { "VALID", true, "VALID" },
        { "NOT_FOUND", false, "NOT_FOUND" },
        { "BANNED", false, "BANNED" },
        { "SUSPENDED", false, "SUSPENDED" },
        { "EXPIRED (revoke access, before scope checks)", false, "EXPIRED" },
        { "EXPIRED (restrict access)", false, "EXPIRED" },
        { "EXPIRED (allow access, still valid)", true, "EXPIRED" },
        { "OVERDUE", false, "OVERDUE" },
        { "PRODUCT_SCOPE_MISMATCH", false, "PRODUCT_SCOPE_MISMATCH" },
        { "PRODUCT_SCOPE_REQUIRED", false, "PRODUCT_SCOPE_REQUIRED" },
        { "POLICY_SCOPE_MISMATCH", false, "POLICY_SCOPE_MISMATCH" },
        { "POLICY_SCOPE_REQUIRED", false, "POLICY_SCOPE_REQUIRED" },
        { "USER_SCOPE_MISMATCH", false, "USER_SCOPE_MISMATCH" },
        { "USER_SCOPE_REQUIRED", false, "USER_SCOPE_REQUIRED" },
        { "ENTITLEMENTS_SCOPE_EMPTY", false, "ENTITLEMENTS_SCOPE_EMPTY" },
        { "ENTITLEMENTS_MISSING", false, "ENTITLEMENTS_MISSING" },
        { "NO_MACHINE (machine scope)", false, "NO_MACHINE" },
        { "MACHINE_SCOPE_MISMATCH", false, "MACHINE_SCOPE_MISMATCH" },
        { "MACHINE_SCOPE_REQUIRED", false, "MACHINE_SCOPE_REQUIRED" },
        { "NO_MACHINES (fingerprint scope)", false, "NO_MACHINES" },
        { "FINGERPRINT_SCOPE_EMPTY", false, "FINGERPRINT_SCOPE_EMPTY" },
        { "FINGERPRINT_SCOPE_MISMATCH", false, "FINGERPRINT_SCOPE_MISMATCH" },
        { "FINGERPRINT_SCOPE_REQUIRED", false, "FINGERPRINT_SCOPE_REQUIRED" },
        { "FINGERPRINT_SCOPE_REQUIRED (components without fingerprint)", false, "FINGERPRINT_SCOPE_REQUIRED" },
        { "HEARTBEAT_NOT_STARTED", false, "HEARTBEAT_NOT_STARTED" },
        { "HEARTBEAT_DEAD", false, "HEARTBEAT_DEAD" },
        { "COMPONENTS_SCOPE_EMPTY", false, "COMPONENTS_SCOPE_EMPTY" },
        { "COMPONENTS_SCOPE_MISMATCH", false, "COMPONENTS_SCOPE_MISMATCH" },
        { "COMPONENTS_SCOPE_REQUIRED", false, "COMPONENTS_SCOPE_REQUIRED" },
        { "CHECKSUM_SCOPE_MISMATCH", false, "CHECKSUM_SCOPE_MISMATCH" },
        { "CHECKSUM_SCOPE_REQUIRED", false, "CHECKSUM_SCOPE_REQUIRED" },
        { "VERSION_SCOPE_MISMATCH", false, "VERSION_SCOPE_MISMATCH" },
        { "VERSION_SCOPE_REQUIRED", false, "VERSION_SCOPE_REQUIRED" },
        { "TOO_MANY_USERS", false, "TOO_MANY_USERS" },
        { "NO_MACHINE (strict, node-locked)", false, "NO_MACHINE" },
        { "NO_MACHINES (strict, floating)", false, "NO_MACHINES" },
        { "VALID (strict, activated)", true, "VALID" },
        { "TOO_MANY_MACHINES", false, "TOO_MANY_MACHINES" },
        { "TOO_MANY_MACHINES (2x overage, still valid)", true, "TOO_MANY_MACHINES" },
        { "TOO_MANY_CORES", false, "TOO_MANY_CORES" },
        { "TOO_MUCH_MEMORY", false, "TOO_MUCH_MEMORY" },
        { "TOO_MUCH_DISK", false, "TOO_MUCH_DISK" },
        { "TOO_MANY_PROCESSES (2x overage, still valid)", true, "TOO_MANY_PROCESSES" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ValidationAnswersValidAndCodeAsKeygenDoes(string scenario, bool valid, string code)
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });

        var response = await Scenarios[scenario](new Scenario(session, clock));

        Assert.Equal(200, response.Code);
        Assert.Equal(code, response.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal(valid, response.Json!["meta"]!["valid"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(response.Json!["meta"]!["detail"]!.GetValue<string>()));
    }

    [Fact]
    public void EveryScenarioHasAnExpectation()
    {
        var expected = new HashSet<string>();
        foreach (var row in Cases)
        {
            expected.Add((string)row[0]);
        }

        Assert.Equal(expected, new HashSet<string>(Scenarios.Keys));
    }

    [Fact]
    public async Task QuickValidationSkipsScopeChecksButTheScopedOneDoesNot()
    {
        await using var session = await EmulatorSession.StartAsync();
        var scenario = new Scenario(session, Clock.StartingNow());
        var license = await scenario.LicenseAsync(new JsonObject { ["requireFingerprintScope"] = true });

        var quick = await session.GetAsync($"/licenses/{license}/actions/validate");
        var scoped = await scenario.ValidateAsync(license, null);

        Assert.Equal("VALID", quick.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal("FINGERPRINT_SCOPE_REQUIRED", scoped.Json!["meta"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidateKeyEchoesNonceAndScopeAndNeedsNoAuth()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());
        var key = license.Attributes["key"]!.GetValue<string>();

        var response = await session.PostAsync("/licenses/actions/validate-key",
            Json.Meta(new JsonObject { ["key"] = key, ["nonce"] = 42, ["scope"] = new JsonObject { ["fingerprint"] = "x" } }), As.Anonymous);
        var missing = await session.PostAsync("/licenses/actions/validate-key", Json.Meta(new JsonObject { ["key"] = "NOPE" }), As.Anonymous);

        Assert.Equal(license.Id, response.Id);
        Assert.Equal(42, response.Json!["meta"]!["nonce"]!.GetValue<int>());
        Assert.Equal("x", response.Json!["meta"]!["scope"]!["fingerprint"]!.GetValue<string>());
        Assert.NotNull(response.Json!["meta"]!["ts"]);
        Assert.Equal("NO_MACHINE", response.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Null(missing.Json!["data"]);
        Assert.NotNull(response.Attributes["lastValidated"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScopedValidationRecordsAWebhookEventWithTheOutcome()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Json.Resource("webhook-endpoints", new JsonObject
        {
            ["url"] = "https://hooks.example.com/keygen",
            ["subscriptions"] = new JsonArray("license.validation.succeeded", "license.validation.failed"),
        }));
        var scenario = new Scenario(session, Clock.StartingNow());
        var license = await scenario.LicenseAsync();

        await scenario.ValidateAsync(license, null);
        await session.GetAsync($"/licenses/{license}/actions/validate");
        var events = await session.GetAsync("/webhook-events");

        var only = Assert.Single(events.Json!["data"]!.AsArray())!;
        Assert.Equal("license.validation.succeeded", only["attributes"]!["event"]!.GetValue<string>());
        var payload = JsonNode.Parse(only["attributes"]!["payload"]!.GetValue<string>())!;
        Assert.Equal("VALID", payload["meta"]!["code"]!.GetValue<string>());
        Assert.Equal(license, payload["data"]!["id"]!.GetValue<string>());
    }

    /// <summary>Helpers for one scenario: a product/policy/license per call, validation by id.</summary>
    private sealed record Scenario(EmulatorSession Session, FakeTimeProvider Clock)
    {
        public async Task<string> LicenseAsync(JsonObject? policy = null, JsonObject? licenseAttributes = null, string? ownerId = null) =>
            (await Session.LicenseAsync(await Session.PolicyAsync(policy), licenseAttributes, ownerId)).Id;

        public async Task<string> ActivatedAsync(JsonObject? policy = null)
        {
            var license = await LicenseAsync(policy);
            Assert.Equal(201, (await Session.ActivateAsync(license, Fingerprint)).Code);
            return license;
        }

        /// <summary>A strict floating license with one machine, then its limit lowered below what the machine uses.</summary>
        public async Task<string> OverLimitAsync(string limit, JsonObject machine, long lowered)
        {
            var license = await LicenseAsync(new JsonObject { ["strict"] = true, ["floating"] = true, ["maxMachines"] = 5 });
            Assert.Equal(201, (await Session.ActivateAsync(license, Fingerprint, machine)).Code);
            var patched = await Session.PatchAsync($"/licenses/{license}", Json.Resource("licenses", new JsonObject { [limit] = lowered }));
            Assert.Equal(200, patched.Code);
            return license;
        }

        public Task<ApiResponse> ValidateAsync(string licenseId, JsonObject? scope) =>
            Session.PostAsync($"/licenses/{licenseId}/actions/validate", scope is null ? null : Json.Meta(new JsonObject { ["scope"] = scope }));
    }
}
