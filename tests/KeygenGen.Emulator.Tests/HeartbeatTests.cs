using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Machine and process heartbeats: pings keep them alive, the window kills them, resurrection as the policy allows.</summary>
public sealed class HeartbeatTests
{
    private const string Fingerprint = "fp-heart";

    [Fact]
    public async Task APingKeepsAMachineAliveForItsWindowAndThenItDies()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await ActivatedMachineAsync(session, new JsonObject { ["heartbeatDuration"] = 120 });

        var ping = await session.PostAsync($"/machines/{machine}/actions/ping");
        clock.Advance(TimeSpan.FromSeconds(119));
        var alive = await session.GetAsync($"/machines/{machine}");
        clock.Advance(TimeSpan.FromSeconds(2));
        var dead = await session.GetAsync($"/machines/{machine}");
        var late = await session.PostAsync($"/machines/{machine}/actions/ping");

        Assert.Equal(200, ping.Code);
        Assert.Equal("ALIVE", ping.Attributes["heartbeatStatus"]!.GetValue<string>());
        var last = DateTimeOffset.Parse(ping.Attributes["lastHeartbeat"]!.GetValue<string>());
        Assert.Equal(last.AddSeconds(120), DateTimeOffset.Parse(ping.Attributes["nextHeartbeat"]!.GetValue<string>()));
        Assert.Equal("ALIVE", alive.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("DEAD", dead.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal(422, late.Code);
        Assert.Equal("MACHINE_HEARTBEAT_DEAD", late.ErrorCode);
        Assert.Equal("is dead", late.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADeadMachineIsRevivedOnlyWithinThePolicysResurrectionWindow()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await ActivatedMachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60, ["heartbeatResurrectionStrategy"] = "5_MINUTE_REVIVE" });
        await session.PostAsync($"/machines/{machine}/actions/ping");

        clock.Advance(TimeSpan.FromMinutes(3));
        var revived = await session.PostAsync($"/machines/{machine}/actions/ping");
        var next = await session.PostAsync($"/machines/{machine}/actions/ping-heartbeat");
        clock.Advance(TimeSpan.FromMinutes(7));
        var tooLate = await session.PostAsync($"/machines/{machine}/actions/ping");

        Assert.Equal("RESURRECTED", revived.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("ALIVE", next.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal("MACHINE_HEARTBEAT_DEAD", tooLate.ErrorCode);
    }

    [Fact]
    public async Task ALicenseKeyPingsItsOwnMachineAndAResetStopsTheHeartbeat()
    {
        var (session, _) = await StartAsync();
        await using var __ = session;
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" }));
        var key = As.License(license.Attributes["key"]!.GetValue<string>());
        var machine = (await session.ActivateAsync(license.Id, Fingerprint, auth: key)).Id;

        var ping = await session.PostAsync($"/machines/{Fingerprint}/actions/ping", null, key);
        var resetByLicense = await session.PostAsync($"/machines/{machine}/actions/reset", null, key);
        var reset = await session.PostAsync($"/machines/{machine}/actions/reset-heartbeat");

        Assert.Equal(200, ping.Code);
        Assert.Equal(403, resetByLicense.Code);
        Assert.Equal("NOT_STARTED", reset.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Null(reset.Attributes["lastHeartbeat"]);
    }

    [Fact]
    public async Task AProcessIsAliveFromItsCreationUntilItsIntervalPasses()
    {
        var (session, clock) = await StartAsync();
        await using var _ = session;
        var machine = await ActivatedMachineAsync(session, new JsonObject { ["heartbeatDuration"] = 90 });

        var process = await session.SpawnAsync(machine, "4242");
        clock.Advance(TimeSpan.FromSeconds(60));
        var ping = await session.PostAsync($"/processes/{process.Id}/actions/ping");
        clock.Advance(TimeSpan.FromSeconds(91));
        var dead = await session.GetAsync($"/processes/{process.Id}");
        var late = await session.PostAsync($"/processes/{process.Id}/actions/ping");

        Assert.Equal(201, process.Code);
        Assert.Equal("processes", process.Data["type"]!.GetValue<string>());
        Assert.Equal("4242", process.Attributes["pid"]!.GetValue<string>());
        Assert.Equal("ALIVE", process.Attributes["status"]!.GetValue<string>());
        Assert.Equal(90, process.Attributes["interval"]!.GetValue<int>());
        Assert.Equal(machine, process.Data["relationships"]!["machine"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("ALIVE", ping.Attributes["status"]!.GetValue<string>());
        Assert.Equal("DEAD", dead.Attributes["status"]!.GetValue<string>());
        Assert.Equal(422, late.Code);
        Assert.Equal("PROCESS_HEARTBEAT_DEAD", late.ErrorCode);
    }

    [Fact]
    public async Task ProcessesRespectTheLimitAndUniquePidsAndDieWithTheirMachine()
    {
        var (session, _) = await StartAsync();
        await using var __ = session;
        var machine = await ActivatedMachineAsync(session, new JsonObject { ["maxProcesses"] = 1 });
        var first = await session.SpawnAsync(machine, "1");

        var samePid = await session.SpawnAsync(machine, "1");
        var second = await session.SpawnAsync(machine, "2");
        await session.DeleteAsync($"/processes/{first.Id}");
        var afterKill = await session.SpawnAsync(machine, "2");
        await session.DeleteAsync($"/machines/{machine}");
        var orphan = await session.GetAsync($"/processes/{afterKill.Id}");

        Assert.Equal("PID_TAKEN", samePid.ErrorCode);
        Assert.Equal(422, second.Code);
        Assert.Equal("MACHINE_PROCESS_LIMIT_EXCEEDED", second.ErrorCode);
        Assert.Equal("process count has exceeded maximum allowed for machine (1)", second.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(201, afterKill.Code);
        Assert.Equal(404, orphan.Code);
    }

    private static async Task<(EmulatorSession Session, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = Clock.StartingNow();
        return (await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock }), clock);
    }

    private static async Task<string> ActivatedMachineAsync(EmulatorSession session, JsonObject policy)
    {
        var license = await session.LicenseAsync(await session.PolicyAsync(policy));
        var machine = await session.ActivateAsync(license.Id, Fingerprint);
        Assert.Equal(201, machine.Code);
        return machine.Id;
    }
}
