using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>
/// A user's own class that depends on <see cref="KeygenLicensing"/>, tested as a user would: with a hand-written stub derived
/// from it (no HTTP, no emulator), whose answers come from <see cref="LicensingModelFactory"/>.
/// </summary>
public sealed class TestDoubleTests
{
    [Fact]
    public async Task A_users_class_activates_once_when_the_machine_is_not_activated()
    {
        var licensing = new StubLicensing(
            LicensingModelFactory.Outcome(ValidationCode.NoMachine),
            LicensingModelFactory.Outcome(ValidationCode.Valid, new License { Id = "l1", Key = "KEY" }));
        var gate = new LicenseGate(licensing);

        string verdict = await gate.CheckAsync(CancellationToken.None);

        Assert.Equal("licensed to l1", verdict);
        Assert.Equal(["studio-pc"], licensing.Activated);
    }

    [Fact]
    public async Task A_users_class_shows_the_outcomes_hint_when_the_license_cannot_be_used()
    {
        var gate = new LicenseGate(new StubLicensing(LicensingModelFactory.Outcome(ValidationCode.Suspended), LicensingModelFactory.Unreachable()));

        Assert.Equal("The license is suspended: contact the vendor to have it reinstated.", await gate.CheckAsync(CancellationToken.None));
        Assert.StartsWith("Connect to the internet", await gate.CheckAsync(CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_chooses_the_case_and_hint_the_facade_would()
    {
        Assert.IsType<LicenseOutcome.Valid>(LicensingModelFactory.Outcome(ValidationCode.Valid));
        Assert.IsType<LicenseOutcome.NotActivated>(LicensingModelFactory.Outcome(ValidationCode.FingerprintScopeMismatch));
        var expired = Assert.IsType<LicenseOutcome.Expired>(LicensingModelFactory.Outcome(ValidationCode.Expired, valid: true));
        Assert.True(expired.IsValid);
        Assert.IsType<LicenseOutcome.OverLimit>(LicensingModelFactory.Outcome(ValidationCode.TooManyMachines));
        Assert.IsType<LicenseOutcome.Untrusted>(LicensingModelFactory.Untrusted());
        var unreachable = Assert.IsType<LicenseOutcome.Unreachable>(LicensingModelFactory.Unreachable());
        Assert.Null(unreachable.Code);
        Assert.False(unreachable.IsValid);
    }

    [Fact]
    public void An_offline_outcome_carries_its_dataset()
    {
        var dataset = LicensingModelFactory.LicenseFileDataset(
            """{"data":{"id":"l1","type":"licenses","attributes":{}},"meta":{"issued":"2026-01-01T00:00:00Z","ttl":3600}}""");

        var outcome = LicensingModelFactory.Outcome(ValidationCode.Valid, offlineFile: dataset);

        Assert.True(outcome.IsOffline);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero), dataset.Expiry);
        Assert.Throws<LicenseFileException>(() => LicensingModelFactory.LicenseFileDataset("{}"));
    }

    [Fact]
    public async Task A_heartbeat_from_the_factory_pings_through_the_stub_on_the_real_schedule()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        int pings = 0;
        await using var heartbeat = LicensingModelFactory.Heartbeat(
            HeartbeatKind.Machine,
            "m1",
            _ =>
            {
                Interlocked.Increment(ref pings);
                return Task.FromResult(TimeSpan.FromMinutes(2));
            },
            window: TimeSpan.FromMinutes(2),
            options: new HeartbeatOptions { Jitter = TimeSpan.Zero },
            timeProvider: clock);

        var first = await heartbeat.PingOnceAsync(clock);

        Assert.Equal(clock.Start.AddMinutes(1), first);
        Assert.Equal(1, pings);
        Assert.Equal(HeartbeatState.Alive, heartbeat.State);
    }

    [Fact]
    public async Task A_member_the_stub_does_not_override_says_so()
    {
        var licensing = new StubLicensing();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => licensing.CheckOutAsync());

        Assert.Contains("StubLicensing is a test double of KeygenLicensing without a client: override CheckOutAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal("KeygenLicensing { test double StubLicensing }", licensing.ToString());
    }

    /// <summary>The user's code under test: validates at start-up, activates this machine once if needed.</summary>
    private sealed class LicenseGate(KeygenLicensing licensing)
    {
        public async Task<string> CheckAsync(CancellationToken cancellationToken)
        {
            LicenseOutcome outcome = await licensing.ValidateAsync(cancellationToken);
            if (outcome is LicenseOutcome.NotActivated)
            {
                await licensing.ActivateAsync("studio-pc", cancellationToken);
                outcome = await licensing.ValidateAsync(cancellationToken);
            }

            return outcome.IsValid ? "licensed to " + outcome.License?.Id : outcome.Hint;
        }
    }

    /// <summary>The hand-written stub: answers validations in order and records activations.</summary>
    private sealed class StubLicensing(params LicenseOutcome[] outcomes) : KeygenLicensing
    {
        private readonly Queue<LicenseOutcome> _outcomes = new(outcomes);

        public List<string?> Activated { get; } = [];

        public override Task<LicenseOutcome> ValidateAsync(CancellationToken cancellationToken = default) => Task.FromResult(_outcomes.Dequeue());

        public override Task<Machine> ActivateAsync(string? machineName = null, CancellationToken cancellationToken = default)
        {
            Activated.Add(machineName);
            return Task.FromResult(new Machine { Id = "m1", Fingerprint = "fp" });
        }
    }
}
