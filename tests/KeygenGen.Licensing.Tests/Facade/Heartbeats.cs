using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Keygen.Licensing;
using Microsoft.Extensions.Time.Testing;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>Drives a heartbeat on the fake clock: waits (in real time, bounded) until its next ping is armed, then moves the clock there.</summary>
internal static class Heartbeats
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Moves the clock to the next armed ping and waits until that ping has finished (succeeded, failed or killed it).</summary>
    public static async Task<DateTimeOffset> PingOnceAsync(this KeygenHeartbeat heartbeat, FakeTimeProvider clock)
    {
        var due = await NextArmedAsync(heartbeat, clock);
        var outcome = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Done(object? sender, EventArgs e) => outcome.TrySetResult();
        heartbeat.Pinged += Done;
        heartbeat.PingFailed += Done;
        heartbeat.Died += Done;
        try
        {
            clock.Advance(due - clock.GetUtcNow());
            await outcome.Task.WaitAsync(Patience);
            return due;
        }
        finally
        {
            heartbeat.Pinged -= Done;
            heartbeat.PingFailed -= Done;
            heartbeat.Died -= Done;
        }
    }

    /// <summary>When the next ping is due, once the heartbeat waits for it (NextPing ahead of the clock).</summary>
    public static async Task<DateTimeOffset> NextArmedAsync(this KeygenHeartbeat heartbeat, FakeTimeProvider clock)
    {
        var watch = Stopwatch.StartNew();
        while (heartbeat.NextPing is not { } next || next <= clock.GetUtcNow())
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"The heartbeat never armed its next ping ({heartbeat}).");
            }

            await Task.Delay(5);
        }

        return heartbeat.NextPing!.Value;
    }
}
