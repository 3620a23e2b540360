using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Machine heartbeats on the emulator's clock: pings, resets, death, HEARTBEAT_DEAD, resurrection and culling.</summary>
public sealed class HeartbeatTests
{
    [Fact]
    public async Task APingStartsTheHeartbeatAndAResetForgetsIt()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await MachineAsync(session, new JsonObject());

        var started = await session.GetAsync($"/machines/{machine}");
        var pinged = await session.PostAsync($"/machines/{machine}/actions/ping");
        clock.Advance(TimeSpan.FromSeconds(30));
        var legacy = await session.PostAsync($"/machines/{machine}/actions/ping-heartbeat");
        var reset = await session.PostAsync($"/machines/{machine}/actions/reset");
        var legacyReset = await session.PostAsync($"/machines/{machine}/actions/reset-heartbeat");

        Assert.Equal("NOT_STARTED", started.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.False(started.Attributes["requireHeartbeat"]!.GetValue<bool>());
        Assert.Equal(200, pinged.Code);
        Assert.Equal("ALIVE", pinged.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.True(pinged.Attributes["requireHeartbeat"]!.GetValue<bool>());
        var last = DateTimeOffset.Parse(pinged.Attributes["lastHeartbeat"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTimeOffset.Parse(pinged.Attributes["nextHeartbeat"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromSeconds(600), next - last);
        Assert.Equal(200, legacy.Code);
        Assert.NotEqual(pinged.Attributes["lastHeartbeat"]!.GetValue<string>(), legacy.Attributes["lastHeartbeat"]!.GetValue<string>());
        Assert.Equal("NOT_STARTED", reset.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Null(reset.Attributes["lastHeartbeat"]);
        Assert.Equal(200, legacyReset.Code);
    }

    [Fact]
    public async Task AMissedHeartbeatIsDeadUntilTheCullerDeletesTheMachine()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await MachineAsync(session, new JsonObject { ["requireHeartbeat"] = true, ["heartbeatDuration"] = 120 });
        var license = (await session.GetAsync($"/machines/{machine}")).Data["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>();
        await session.PostAsync($"/machines/{machine}/actions/ping");

        clock.Advance(TimeSpan.FromSeconds(121));
        var dead = await session.GetAsync($"/machines/{machine}");
        var validation = await ValidateAsync(session, license);
        var ping = await session.PostAsync($"/machines/{machine}/actions/ping");
        clock.Advance(TimeSpan.FromMinutes(2));
        var culled = await session.GetAsync($"/machines/{machine}");
        var afterCull = await ValidateAsync(session, license);

        Assert.Equal("DEAD", dead.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("HEARTBEAT_DEAD", validation.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal(422, ping.Code);
        Assert.Equal("MACHINE_HEARTBEAT_DEAD", ping.ErrorCode);
        Assert.Equal("is dead", ping.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("Unprocessable entity", ping.FirstError["title"]!.GetValue<string>());
        Assert.Equal(404, culled.Code);
        Assert.Equal("NO_MACHINE", afterCull.Json!["meta"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMachineThatNeverPingsDiesOneWindowAfterActivation()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await MachineAsync(session, new JsonObject { ["requireHeartbeat"] = true, ["heartbeatBasis"] = "FROM_FIRST_PING", ["heartbeatDuration"] = 60, ["heartbeatCullStrategy"] = "KEEP_DEAD" });

        var fresh = await session.GetAsync($"/machines/{machine}");
        clock.Advance(TimeSpan.FromSeconds(61));
        var idle = await session.GetAsync($"/machines/{machine}");
        clock.Advance(TimeSpan.FromHours(1));
        var kept = await session.GetAsync($"/machines/{machine}");

        Assert.Equal("NOT_STARTED", fresh.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("DEAD", idle.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal(200, kept.Code);
        Assert.Equal("DEAD", kept.Attributes["heartbeatStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task APingWithinTheRevivalWindowResurrectsTheMachine()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await MachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60, ["heartbeatResurrectionStrategy"] = "5_MINUTE_REVIVE" });
        await session.PostAsync($"/machines/{machine}/actions/ping");

        clock.Advance(TimeSpan.FromMinutes(4));
        var stillThere = await session.GetAsync($"/machines/{machine}");
        var revived = await session.PostAsync($"/machines/{machine}/actions/ping");
        var afterwards = await session.GetAsync($"/machines/{machine}");
        clock.Advance(TimeSpan.FromMinutes(7));
        var culled = await session.GetAsync($"/machines/{machine}");

        Assert.Equal("DEAD", stillThere.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal(200, revived.Code);
        Assert.Equal("RESURRECTED", revived.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("ALIVE", afterwards.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal(404, culled.Code);
    }

    [Theory]
    [InlineData("5_MINUTE_REVIVE", 7, 422)]
    [InlineData("ALWAYS_REVIVE", 600, 200)]
    [InlineData("NO_REVIVE", 2, 422)]
    public async Task KeptDeadMachinesReviveOnlyWhileTheirPolicyAllows(string strategy, int minutesAfterDeath, int expected)
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await MachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60, ["heartbeatCullStrategy"] = "KEEP_DEAD", ["heartbeatResurrectionStrategy"] = strategy });
        await session.PostAsync($"/machines/{machine}/actions/ping");

        clock.Advance(TimeSpan.FromMinutes(1 + minutesAfterDeath));
        var ping = await session.PostAsync($"/machines/{machine}/actions/ping");

        Assert.Equal(expected, ping.Code);
        Assert.Equal(expected == 200 ? null : "MACHINE_HEARTBEAT_DEAD", expected == 200 ? null : ping.ErrorCode);
    }

    [Fact]
    public async Task DeathAndRevivalAreAnnouncedOnce()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        await session.PostAsync("/webhook-endpoints", Json.Resource("webhook-endpoints", new JsonObject
        {
            ["url"] = "https://hooks.example.com/keygen",
            ["subscriptions"] = new JsonArray("machine.heartbeat.ping", "machine.heartbeat.dead", "machine.heartbeat.resurrected"),
        }));
        var machine = await MachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60, ["heartbeatCullStrategy"] = "KEEP_DEAD", ["heartbeatResurrectionStrategy"] = "ALWAYS_REVIVE" });
        await session.PostAsync($"/machines/{machine}/actions/ping");
        clock.Advance(TimeSpan.FromMinutes(4));
        await session.GetAsync($"/machines/{machine}");
        clock.Advance(TimeSpan.FromSeconds(1));
        await session.GetAsync($"/machines/{machine}");
        await session.PostAsync($"/machines/{machine}/actions/ping");

        var events = await session.GetAsync("/webhook-events?order=asc");
        var names = events.Data.AsArray().Select(e => e!["attributes"]!["event"]!.GetValue<string>()).ToArray();

        Assert.Equal(new[] { "machine.heartbeat.ping", "machine.heartbeat.dead", "machine.heartbeat.resurrected" }, names);
    }

    [Fact]
    public async Task SalesAgentsResetButDoNotPingAndOwnersOfProtectedLicensesDoNot()
    {
        var (session, _) = await StartAsync();
        await using var __ = session;
        var machine = await MachineAsync(session, new JsonObject());
        await session.UserAsync("sales@example.com", role: "sales-agent");
        var sales = As.Bearer(await session.TokenForAsync("sales@example.com"));
        var owner = await session.UserAsync("owner@example.com");
        var ownerToken = As.Bearer(await session.TokenForAsync("owner@example.com"));
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["protected"] = true }), ownerId: owner);
        var owned = (await session.ActivateAsync(license.Id, "owned-fp")).Id;

        Assert.Equal(403, (await session.PostAsync($"/machines/{machine}/actions/ping", null, sales)).Code);
        Assert.Equal(200, (await session.PostAsync($"/machines/{machine}/actions/reset", null, sales)).Code);
        Assert.Equal(403, (await session.PostAsync($"/machines/{owned}/actions/ping", null, ownerToken)).Code);
        Assert.Equal(403, (await session.PostAsync($"/machines/{owned}/actions/reset", null, ownerToken)).Code);
    }

    private static async Task<(EmulatorSession Session, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = Clock.StartingNow();
        return (await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock }), clock);
    }

    /// <summary>A machine ("fp") on a fresh license whose policy has <paramref name="policy"/>; returns its id.</summary>
    private static async Task<string> MachineAsync(EmulatorSession session, JsonObject policy)
    {
        var license = await session.LicenseAsync(await session.PolicyAsync(policy));
        var machine = await session.ActivateAsync(license.Id, "fp");
        Assert.Equal(201, machine.Code);
        return machine.Id;
    }

    private static Task<ApiResponse> ValidateAsync(EmulatorSession session, string license) =>
        session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject { ["scope"] = new JsonObject { ["fingerprint"] = "fp" } }));
}
