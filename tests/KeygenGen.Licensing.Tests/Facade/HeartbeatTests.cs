using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>Machine and process heartbeats against the emulator, on a fake clock shared by the emulator, the client and the heartbeat.</summary>
public sealed class HeartbeatTests
{
    private static readonly HeartbeatOptions NoJitter = new() { Jitter = TimeSpan.Zero };

    [Fact]
    public async Task PingsGoOutAtHalfTheWindowAndKeygenSeesThem()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => p.HeartbeatDuration = 120);
        var started = app.Clock.GetUtcNow();

        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter);
        var pinged = new List<DateTimeOffset>();
        heartbeat.Pinged += (_, e) => pinged.Add(e.Time);
        var first = await heartbeat.PingOnceAsync(app.Clock);
        var second = await heartbeat.PingOnceAsync(app.Clock);

        Assert.Equal(HeartbeatKind.Machine, heartbeat.Kind);
        Assert.Equal(started.AddSeconds(60), first);
        Assert.Equal(started.AddSeconds(120), second);
        Assert.Equal([first, second], pinged);
        Assert.Equal(HeartbeatState.Alive, heartbeat.State);
        Assert.Equal(second, heartbeat.LastPing);
        var machine = await app.Admin.Machines.GetAsync(heartbeat.ResourceId);
        Assert.Equal(second, machine.LastHeartbeat);
        Assert.Equal(HeartbeatStatus.Alive, machine.HeartbeatStatus);
    }

    [Fact]
    public async Task JitterOnlyEverBringsAPingForward()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => p.HeartbeatDuration = 600);
        var started = app.Clock.GetUtcNow();

        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(new HeartbeatOptions { Jitter = TimeSpan.FromSeconds(40) });
        var next = await heartbeat.NextArmedAsync(app.Clock);

        Assert.InRange(next, started.AddSeconds(260), started.AddSeconds(300));
    }

    [Fact]
    public async Task TransientFailuresAreRetriedSoonerAndTheHeartbeatRecovers()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => p.HeartbeatDuration = 120);
        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter);
        var failures = new List<int>();
        heartbeat.PingFailed += (_, e) => failures.Add(e.ConsecutiveFailures);
        heartbeat.PingFailed += (_, _) => throw new InvalidOperationException("a careless handler");

        app.Faults.FailNext(2);
        var firstFailure = await heartbeat.PingOnceAsync(app.Clock);
        Assert.Equal(HeartbeatState.Failing, heartbeat.State);
        Assert.IsType<KeygenTransportException>(heartbeat.LastError);
        var secondFailure = await heartbeat.PingOnceAsync(app.Clock);
        var recovered = await heartbeat.PingOnceAsync(app.Clock);

        Assert.Equal([1, 2], failures);
        Assert.Equal(TimeSpan.FromSeconds(15), secondFailure - firstFailure);
        Assert.Equal(TimeSpan.FromSeconds(15), recovered - secondFailure);
        Assert.Equal(HeartbeatState.Alive, heartbeat.State);
        Assert.Equal(0, heartbeat.ConsecutiveFailures);
        Assert.Null(heartbeat.LastError);
        Assert.Equal(recovered, (await app.Admin.Machines.GetAsync(heartbeat.ResourceId)).LastHeartbeat);
    }

    [Fact]
    public async Task AMachineThatMissedItsWindowIsReportedDeadAndPingingEnds()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => (p.HeartbeatDuration, p.HeartbeatCullStrategy) = (60, HeartbeatCullStrategy.KeepDead));
        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter);
        HeartbeatFailedEventArgs? death = null;
        heartbeat.Died += (_, e) => death = e;

        app.Faults.Down = true;
        while (app.Clock.GetUtcNow() < heartbeat.LastPing.AddSeconds(90))
        {
            await heartbeat.PingOnceAsync(app.Clock);
        }

        app.Faults.Down = false;
        await heartbeat.PingOnceAsync(app.Clock);
        await heartbeat.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HeartbeatState.Dead, heartbeat.State);
        Assert.Null(heartbeat.NextPing);
        Assert.Equal("MACHINE_HEARTBEAT_DEAD", Assert.IsType<KeygenApiException>(death!.Error).Code);
        Assert.IsType<LicenseOutcome.HeartbeatDead>(await licensing.ValidateAsync());
    }

    [Fact]
    public async Task ADeactivatedMachineEndsItsHeartbeatAsDead()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => p.HeartbeatDuration = 120);
        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter);

        await app.Admin.Machines.DeleteAsync(heartbeat.ResourceId);
        await heartbeat.PingOnceAsync(app.Clock);

        Assert.Equal(HeartbeatState.Dead, heartbeat.State);
        Assert.Equal(404, Assert.IsType<KeygenApiException>(heartbeat.LastError).StatusCode);
    }

    [Fact]
    public async Task StoppingEndsTheLoopCleanlyAndNoPingFollows()
    {
        await using var app = await LicensedApp.StartAsync();
        // Kept dead so that the machine can still be read after the ten silent minutes (Keygen would cull it).
        var licensing = await ActivatedAsync(app, p => (p.HeartbeatDuration, p.HeartbeatCullStrategy) = (120, HeartbeatCullStrategy.KeepDead));
        var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter);
        await heartbeat.PingOnceAsync(app.Clock);
        var last = (await app.Admin.Machines.GetAsync(heartbeat.ResourceId)).LastHeartbeat;

        await heartbeat.DisposeAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await heartbeat.StopAsync();

        Assert.True(heartbeat.Completion.IsCompletedSuccessfully);
        Assert.Equal(HeartbeatState.Stopped, heartbeat.State);
        Assert.Null(heartbeat.NextPing);
        Assert.Equal(last, (await app.Admin.Machines.GetAsync(heartbeat.ResourceId)).LastHeartbeat);
    }

    [Fact]
    public async Task CancellingTheStartTokenStopsTheHeartbeat()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => p.HeartbeatDuration = 120);
        using var cancellation = new CancellationTokenSource();
        await using var heartbeat = await licensing.StartMachineHeartbeatAsync(NoJitter, cancellation.Token);
        await heartbeat.NextArmedAsync(app.Clock);

        await cancellation.CancelAsync();
        await heartbeat.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HeartbeatState.Stopped, heartbeat.State);
    }

    [Fact]
    public async Task AProcessHeartbeatSpawnsPingsAndOnStopKillsItsProcess()
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await ActivatedAsync(app, p => (p.HeartbeatDuration, p.MaxProcesses) = (120, 1));

        var heartbeat = await licensing.StartProcessHeartbeatAsync("4242", NoJitter);
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => licensing.StartProcessHeartbeatAsync("4343", NoJitter));
        var pinged = await heartbeat.PingOnceAsync(app.Clock);
        var process = await app.Admin.Processes.GetAsync(heartbeat.ResourceId);
        await heartbeat.DisposeAsync();
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => app.Admin.Processes.GetAsync(heartbeat.ResourceId));

        Assert.Equal(HeartbeatKind.Process, heartbeat.Kind);
        Assert.Equal("MACHINE_PROCESS_LIMIT_EXCEEDED", refused.Code);
        Assert.Equal("4242", process.Pid);
        Assert.Equal(pinged, process.LastHeartbeat);
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task AHeartbeatNeedsAnActivatedMachineAndAnIntervalInsideTheWindow()
    {
        await using var app = await LicensedApp.StartAsync();
        var license = await app.LicenseAsync(p => p.HeartbeatDuration = 120);
        var licensing = app.Licensing(license.Key);

        await Assert.ThrowsAsync<KeygenLicensingException>(() => licensing.StartMachineHeartbeatAsync());
        await licensing.ActivateAsync();
        var tooSlow = await Assert.ThrowsAsync<KeygenConfigurationException>(() => licensing.StartMachineHeartbeatAsync(new HeartbeatOptions { Interval = TimeSpan.FromMinutes(2) }));

        Assert.Contains("Interval", tooSlow.Message, StringComparison.Ordinal);
    }

    private static async Task<KeygenLicensing> ActivatedAsync(LicensedApp app, Action<CreatePolicyRequest> policy)
    {
        var licensing = app.Licensing((await app.LicenseAsync(policy)).Key);
        await licensing.ActivateAsync();
        return licensing;
    }
}
