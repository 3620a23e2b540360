using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>
/// Load through ONE shared SDK client (signatures verified on every response) against the emulator: many concurrent
/// validations and activations with no errors, no lost updates, machine limits never exceeded, and bounded memory.
/// Each test reports its duration and throughput in the test output.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class ConcurrentLoadTests(LoadEmulatorFixture emulator, ITestOutputHelper output) : IClassFixture<LoadEmulatorFixture>
{
    private const int Workers = 64;
    private const int Validations = 2000;
    private const int Licenses = 20;
    private const int Activations = 200;

    /// <summary>Validations per memory round: half the main test's, to keep the project's run short.</summary>
    private const int RoundValidations = Validations / 2;

    /// <summary>
    /// What a second identical round may add to the heap. The emulator keeps the round's licenses and machines (about
    /// 200 KB); anything kept per call, 7 KB or more for each of the round's 1,200 calls, goes over.
    /// </summary>
    private const long MemoryGrowthBound = 8 * 1024 * 1024;

    /// <summary>Far above the few seconds a round takes, so only a hang or a collapse fails it.</summary>
    private static readonly TimeSpan RoundLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Validations_from_many_workers_through_one_client_each_get_their_own_right_answer()
    {
        using var timeout = new CancellationTokenSource(RoundLimit);

        var round = await new ValidationLoad(emulator.Keygen).RunAsync(Validations, Workers, timeout.Token);

        Report("validate-key", round.Calls, round.Elapsed);
        Assert.Empty(round.Problems);
        Assert.Equal((Validations / 2, Validations / 2), (round.Valid, round.NoMachines));
    }

    [Fact]
    public async Task Parallel_activations_never_exceed_the_machine_limit_and_none_is_lost()
    {
        using var timeout = new CancellationTokenSource(RoundLimit);
        var keygen = emulator.Keygen;

        var round = await new ActivationLoad(keygen).RunAsync(Licenses, Activations, Workers, timeout.Token);

        Report("activation", round.Attempts, round.Elapsed);
        Assert.Empty(round.Problems);
        Assert.Equal(Activations - (Licenses * ActivationLoad.MaxMachines), round.LimitExceeded);
        foreach (var license in round.Licenses)
        {
            // Exactly the limit was accepted, and what was accepted is exactly what is stored: nothing lost, nothing extra.
            Assert.Equal(ActivationLoad.MaxMachines, round.Accepted[license.Id].Count);
            Assert.Equal(round.Accepted[license.Id].Order(), round.Listed[license.Id].Order());

            var read = await keygen.Licenses.GetAsync(license.Id, timeout.Token);
            var accepted = await keygen.Licenses.ValidateAsync(license.Id, Scoped(round.Accepted[license.Id].First()), timeout.Token);
            var refused = await keygen.Licenses.ValidateAsync(license.Id, Scoped("never-activated"), timeout.Token);
            var oneMore = await Assert.ThrowsAsync<KeygenApiException>(() =>
                keygen.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "one-more" }, timeout.Token));

            Assert.Equal(LicenseStatus.Active, read.Status);
            Assert.Equal(ValidationCode.Valid, accepted.Code);
            Assert.Equal(ValidationCode.FingerprintScopeMismatch, refused.Code);
            Assert.Equal("MACHINE_LIMIT_EXCEEDED", oneMore.Code);
        }
    }

    [Fact]
    public async Task Memory_stays_bounded_across_a_second_identical_round()
    {
        using var timeout = new CancellationTokenSource(RoundLimit * 2);
        await RoundAsync(timeout.Token); // the first round warms up code, connections and caches
        var before = SettledHeapBytes();

        await RoundAsync(timeout.Token);
        var after = SettledHeapBytes();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap after round 1: {before / 1024.0 / 1024:0.0} MB, after round 2: {after / 1024.0 / 1024:0.0} MB, growth {(after - before) / 1024.0:0} KB"));
        Assert.InRange(after - before, long.MinValue, MemoryGrowthBound);
    }

    /// <summary>One round of both workloads, each checked for errors so that a failing round cannot pass as a lean one.</summary>
    private async Task RoundAsync(CancellationToken ct)
    {
        var validations = await new ValidationLoad(emulator.Keygen).RunAsync(RoundValidations, Workers, ct);
        var activations = await new ActivationLoad(emulator.Keygen).RunAsync(Licenses, Activations, Workers, ct);
        Report("round: validate-key", validations.Calls, validations.Elapsed);
        Report("round: activation", activations.Attempts, activations.Elapsed);
        Assert.Empty(validations.Problems);
        Assert.Empty(activations.Problems);
        Assert.All(activations.Accepted.Values, fingerprints => Assert.Equal(ActivationLoad.MaxMachines, fingerprints.Count));
    }

    private static ValidateLicenseRequest Scoped(string fingerprint) => new() { Scope = new ValidationScope { Fingerprint = fingerprint } };

    private static long SettledHeapBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private void Report(string what, int calls, TimeSpan elapsed) => output.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: {calls} calls from {Workers} workers in {elapsed.TotalSeconds:0.00} s = {calls / elapsed.TotalSeconds:0} calls/s"));
}
