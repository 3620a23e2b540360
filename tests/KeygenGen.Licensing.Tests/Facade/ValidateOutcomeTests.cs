using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen;
using Keygen.Licensing;
using Xunit;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>ValidateAsync against the emulator: each validation code becomes its <see cref="LicenseOutcome"/> case with Keygen's verdict.</summary>
public sealed class ValidateOutcomeTests
{
    /// <summary>Each scenario sets a license up in the emulator and returns the app's façade for it.</summary>
    private static readonly Dictionary<string, Func<LicensedApp, Task<KeygenLicensing>>> Scenarios = new()
    {
        ["VALID"] = async app => await ActivatedAsync(app, await app.LicenseAsync()),
        ["NO_MACHINE"] = async app => app.Licensing((await app.LicenseAsync()).Key),
        ["NO_MACHINES"] = async app => app.Licensing((await app.LicenseAsync(p => p.Floating = true)).Key),
        ["FINGERPRINT_SCOPE_MISMATCH"] = async app =>
        {
            var license = await app.LicenseAsync(p => (p.Floating, p.MaxMachines) = (true, 2));
            await ActivatedAsync(app, license, "another-machine");
            return app.Licensing(license.Key);
        },
        ["EXPIRED"] = async app =>
        {
            var licensing = await ActivatedAsync(app, await app.LicenseAsync(p => p.Duration = 86400));
            app.Clock.Advance(TimeSpan.FromDays(2));
            return licensing;
        },
        ["EXPIRED (allow access)"] = async app =>
        {
            var licensing = await ActivatedAsync(app, await app.LicenseAsync(p => (p.Duration, p.ExpirationStrategy) = (86400, ExpirationStrategy.AllowAccess)));
            app.Clock.Advance(TimeSpan.FromDays(2));
            return licensing;
        },
        ["SUSPENDED"] = async app =>
        {
            var license = await app.LicenseAsync();
            await app.Admin.Licenses.SuspendAsync(license.Id);
            return app.Licensing(license.Key);
        },
        ["BANNED"] = async app =>
        {
            var owner = await app.Admin.Users.CreateAsync(new CreateUserRequest { Email = "ada@example.com" });
            var license = await app.LicenseAsync(license: l => l.OwnerId = owner.Id);
            await app.Admin.Users.BanAsync(owner.Id);
            return app.Licensing(license.Key);
        },
        ["OVERDUE"] = async app =>
        {
            var license = await app.LicenseAsync(p => (p.RequireCheckIn, p.CheckInInterval, p.CheckInIntervalCount) = (true, CheckInInterval.Day, 1));
            await app.Admin.Licenses.CheckInAsync(license.Id);
            var licensing = await ActivatedAsync(app, license);
            app.Clock.Advance(TimeSpan.FromDays(2));
            return licensing;
        },
        ["TOO_MANY_MACHINES"] = async app => await OverLimitAsync(app, OverageStrategy.NoOverage),
        ["TOO_MANY_MACHINES (2x overage)"] = async app => await OverLimitAsync(app, OverageStrategy.Allow200PercentOverage),
        ["HEARTBEAT_NOT_STARTED"] = async app =>
            await ActivatedAsync(app, await app.LicenseAsync(p => (p.RequireHeartbeat, p.HeartbeatBasis) = (true, HeartbeatBasis.FromFirstPing))),
        ["HEARTBEAT_DEAD"] = async app =>
        {
            var licensing = await ActivatedAsync(app, await app.LicenseAsync(p => (p.RequireHeartbeat, p.HeartbeatDuration, p.HeartbeatCullStrategy) = (true, 60, HeartbeatCullStrategy.KeepDead)));
            await (await licensing.StartMachineHeartbeatAsync()).DisposeAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(5));
            return licensing;
        },
        ["NOT_FOUND"] = app => Task.FromResult(app.Licensing("NO-SUCH-KEY")),
        ["PRODUCT_SCOPE_MISMATCH"] = async app =>
        {
            var license = await app.LicenseAsync();
            var other = await app.Admin.Products.CreateAsync(new CreateProductRequest { Name = "Other" });
            return app.Licensing(license.Key, o => o.ProductId = other.Id);
        },
    };

    public static TheoryData<string, Type, bool> Cases => new()
    {
        { "VALID", typeof(LicenseOutcome.Valid), true },
        { "NO_MACHINE", typeof(LicenseOutcome.NotActivated), false },
        { "NO_MACHINES", typeof(LicenseOutcome.NotActivated), false },
        { "FINGERPRINT_SCOPE_MISMATCH", typeof(LicenseOutcome.NotActivated), false },
        { "EXPIRED", typeof(LicenseOutcome.Expired), false },
        { "EXPIRED (allow access)", typeof(LicenseOutcome.Expired), true },
        { "SUSPENDED", typeof(LicenseOutcome.Suspended), false },
        { "BANNED", typeof(LicenseOutcome.Banned), false },
        { "OVERDUE", typeof(LicenseOutcome.CheckInOverdue), false },
        { "TOO_MANY_MACHINES", typeof(LicenseOutcome.OverLimit), false },
        { "TOO_MANY_MACHINES (2x overage)", typeof(LicenseOutcome.OverLimit), true },
        { "HEARTBEAT_NOT_STARTED", typeof(LicenseOutcome.HeartbeatNotStarted), false },
        { "HEARTBEAT_DEAD", typeof(LicenseOutcome.HeartbeatDead), false },
        { "NOT_FOUND", typeof(LicenseOutcome.NotFound), false },
        { "PRODUCT_SCOPE_MISMATCH", typeof(LicenseOutcome.Rejected), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachValidationCodeBecomesItsOutcome(string scenario, Type expected, bool valid)
    {
        await using var app = await LicensedApp.StartAsync();
        var licensing = await Scenarios[scenario](app);

        var outcome = await licensing.ValidateAsync();

        Assert.IsType(expected, outcome);
        Assert.Equal(valid, outcome.IsValid);
        Assert.Equal(scenario.Split(' ')[0], outcome.Code!.Value.Value);
        Assert.False(outcome.IsOffline);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Detail));
        Assert.EndsWith(".", outcome.Hint, StringComparison.Ordinal);
        Assert.Equal(scenario == "NOT_FOUND", outcome.License is null);
        Assert.DoesNotContain(outcome.License?.Key ?? "NO-SUCH-KEY", outcome.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryScenarioHasAnExpectation() =>
        Assert.Equal(Cases.Select(row => (string)row[0]).Order(), Scenarios.Keys.Order());

    private static async Task<KeygenLicensing> ActivatedAsync(LicensedApp app, License license, string fingerprint = LicensedApp.Fingerprint)
    {
        var licensing = app.Licensing(license.Key, fingerprint: fingerprint);
        await licensing.ActivateAsync();
        return licensing;
    }

    private static async Task<KeygenLicensing> OverLimitAsync(LicensedApp app, OverageStrategy overage)
    {
        var license = await app.LicenseAsync(p => (p.Strict, p.Floating, p.MaxMachines, p.OverageStrategy) = (true, true, 2, overage));
        await ActivatedAsync(app, license, "another-machine");
        var licensing = await ActivatedAsync(app, license);
        await app.Admin.Licenses.UpdateAsync(license.Id, new UpdateLicenseRequest { MaxMachines = 1 });
        return licensing;
    }
}
