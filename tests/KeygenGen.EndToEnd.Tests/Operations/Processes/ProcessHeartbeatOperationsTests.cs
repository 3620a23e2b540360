using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Processes;

/// <summary>
/// Process heartbeats on a clock the tests move: a process that misses its window is DEAD and its ping is refused
/// with PROCESS_HEARTBEAT_DEAD, unless its policy revives the dead. The tests share the clock, so each one only moves
/// it forward and judges its own processes against their own windows.
/// </summary>
public sealed class ProcessHeartbeatOperationsTests(ClockedEmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<ClockedEmulatorFixture>
{
    private readonly ClockedEmulatorFixture _clocked = emulator;

    [Fact]
    [Covers("processes.create", "processes.ping", "processes.get", "processes.list")]
    public Task A_process_that_misses_its_heartbeat_dies_and_cannot_be_pinged_back() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync(p => { p.HeartbeatDuration = 60; p.HeartbeatCullStrategy = HeartbeatCullStrategy.KeepDead; });
        var process = await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "7" });

        _clocked.Clock.Advance(TimeSpan.FromSeconds(45));
        var kept = await Keygen.Processes.PingAsync(process.Id);
        _clocked.Clock.Advance(TimeSpan.FromSeconds(61));
        var dead = await Keygen.Processes.GetAsync(process.Id);
        var listedDead = await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id, Status = ProcessStatus.Dead }).ToListAsync();
        var listedAlive = await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id, Status = ProcessStatus.Alive }).ToListAsync();
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Processes.PingAsync(process.Id));

        Assert.Equal(ProcessStatus.Alive, kept.Status);
        Assert.Equal(ProcessStatus.Dead, dead.Status);
        Assert.Equal(kept.NextHeartbeat, dead.NextHeartbeat);
        Assert.Equal([process.Id], listedDead.Select(p => p.Id));
        Assert.Empty(listedAlive);
        Assert.Equal((422, "PROCESS_HEARTBEAT_DEAD"), (refused.StatusCode, refused.Code));
        Assert.Equal(ProcessStatus.Dead, (await Keygen.Processes.GetAsync(process.Id)).Status);
    });

    [Fact]
    [Covers("processes.create", "processes.ping", "processes.get")]
    public Task A_dead_process_is_revived_by_a_ping_when_its_policy_always_revives() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync(p =>
        {
            p.HeartbeatDuration = 60;
            p.HeartbeatCullStrategy = HeartbeatCullStrategy.KeepDead;
            p.HeartbeatResurrectionStrategy = HeartbeatResurrectionStrategy.AlwaysRevive;
        });
        var process = await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "8" });

        _clocked.Clock.Advance(TimeSpan.FromMinutes(30));
        var dead = await Keygen.Processes.GetAsync(process.Id);
        var revived = await Keygen.Processes.PingAsync(process.Id);
        var after = await Keygen.Processes.GetAsync(process.Id);

        Assert.Equal(ProcessStatus.Dead, dead.Status);
        Assert.Equal(ProcessStatus.Resurrected, revived.Status);
        Assert.Equal(_clocked.Clock.GetUtcNow(), revived.LastHeartbeat, TimeSpan.FromSeconds(1));
        Assert.Equal(ProcessStatus.Alive, after.Status);
    });
}
