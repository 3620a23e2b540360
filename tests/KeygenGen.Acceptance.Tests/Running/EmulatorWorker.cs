using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Emulator;

namespace Keygen.Acceptance.Running;

/// <summary>
/// One in-process emulator (no socket) with its own clock, reset before each scenario: the suite's scenarios run one
/// at a time on a worker and in parallel across workers. Signing keys come from the emulator's process-wide pool, so
/// a reset account does not pay for a new RSA key.
/// </summary>
internal sealed class EmulatorWorker : IAsyncDisposable
{
    /// <summary>The emulator's own account, which the suite never names (account-less routes answer for it).</summary>
    public const string HostAccount = "keygengen-replay-host";

    private EmulatorWorker(KeygenEmulator emulator, ReplayClock clock)
    {
        Emulator = emulator;
        Clock = clock;
        Http = new HttpClient(emulator.CreateHandler()) { BaseAddress = new Uri("http://api.keygen.sh/") };
    }

    public KeygenEmulator Emulator { get; }

    public ReplayClock Clock { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorWorker> StartAsync()
    {
        var clock = new ReplayClock();
        var emulator = await KeygenEmulator.StartInProcessAsync(new KeygenEmulatorOptions
        {
            Account = HostAccount,
            ReuseSigningKeys = true,
            TimeProvider = clock,

            // Keygen's suite runs Sidekiq in its fake mode: no scheduled job (such as the culling of dead machines) runs.
            RunScheduledJobs = false,
        });
        return new EmulatorWorker(emulator, clock);
    }

    /// <summary>
    /// A blank Keygen for the next scenario: no suite account, no plan, the clock running, in the edition the scenario is
    /// written for (Keygen runs its <c>@ce</c> scenarios as CE and everything else as EE).
    /// </summary>
    public void Reset(IReadOnlyList<string> tags)
    {
        Clock.Frozen = null;
        Emulator.Reset();
        Emulator.Edition = tags.Contains("@ce") ? KeygenEdition.Community : KeygenEdition.Enterprise;
        Emulator.Data.RemovePlans();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
