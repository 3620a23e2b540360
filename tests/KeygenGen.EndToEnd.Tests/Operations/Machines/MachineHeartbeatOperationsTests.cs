using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Machines;

/// <summary>Machine heartbeats on the emulator's clock: ping and reset, and their older names ping-heartbeat and reset-heartbeat.</summary>
public sealed class MachineHeartbeatOperationsTests(ClockedEmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<ClockedEmulatorFixture>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    [Covers("machines.ping", "machines.pingHeartbeat", "machines.reset", "machines.resetHeartbeat")]
    public Task A_heartbeat_keeps_a_machine_alive_until_it_is_missed_and_a_reset_starts_over() => CoveringAsync(async () =>
    {
        var clock = emulator.Clock;
        var license = await Keygen.LicenseAsync(p =>
        {
            p.HeartbeatDuration = (int)Window.TotalSeconds;
            p.HeartbeatCullStrategy = HeartbeatCullStrategy.KeepDead;
            p.HeartbeatResurrectionStrategy = HeartbeatResurrectionStrategy.NoRevive;
        });
        var machine = await Keygen.ActivateAsync(license.Id, "fp-heart");

        var started = clock.GetUtcNow();
        var first = await Keygen.Machines.PingAsync(machine.Id);
        clock.Advance(TimeSpan.FromMinutes(5));
#pragma warning disable CS0618 // ping-heartbeat and reset-heartbeat are the deprecated names of ping and reset; both must still work.
        var second = await Keygen.Machines.PingHeartbeatAsync("fp-heart");
        clock.Advance(Window + TimeSpan.FromMinutes(1));
        var missed = await Keygen.Machines.GetAsync(machine.Id);
        var dead = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.PingAsync(machine.Id));
        var reset = await Keygen.Machines.ResetAsync(machine.Id);
        var restarted = await Keygen.Machines.PingAsync(machine.Id);
        var resetAgain = await Keygen.Machines.ResetHeartbeatAsync(machine.Id);
#pragma warning restore CS0618

        Assert.Equal((HeartbeatStatus.NotStarted, null), (machine.HeartbeatStatus, machine.LastHeartbeat));
        Assert.Equal(HeartbeatStatus.Alive, first.HeartbeatStatus);
        Assert.Equal(started, first.LastHeartbeat!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(first.LastHeartbeat + Window, first.NextHeartbeat);
        Assert.Equal(HeartbeatStatus.Alive, second.HeartbeatStatus);
        Assert.Equal(started.AddMinutes(5), second.LastHeartbeat!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(HeartbeatStatus.Dead, missed.HeartbeatStatus);
        Assert.Equal((422, "MACHINE_HEARTBEAT_DEAD"), (dead.StatusCode, dead.Code));
        Assert.Equal((HeartbeatStatus.NotStarted, null, null), (reset.HeartbeatStatus, reset.LastHeartbeat, reset.NextHeartbeat));
        Assert.Equal(HeartbeatStatus.Alive, restarted.HeartbeatStatus);
        Assert.Equal(clock.GetUtcNow(), restarted.LastHeartbeat!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal((HeartbeatStatus.NotStarted, null), (resetAgain.HeartbeatStatus, resetAgain.LastHeartbeat));
        Assert.Equal(HeartbeatStatus.NotStarted, (await Keygen.Machines.GetAsync(machine.Id)).HeartbeatStatus);
    });

    [Fact]
    [Covers("machines.ping")]
    public Task A_licensed_app_pings_its_own_machine_but_may_not_reset_it() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        var machine = await Keygen.ActivateAsync(license.Id, "fp-app");
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        var pinged = await app.Machines.PingAsync(machine.Id);
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => app.Machines.ResetAsync(machine.Id));

        Assert.Equal((machine.Id, HeartbeatStatus.Alive), (pinged.Id, pinged.HeartbeatStatus));
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(HeartbeatStatus.Alive, (await Keygen.Machines.GetAsync(machine.Id)).HeartbeatStatus);
    });
}
