using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Keygen.Licensing;

/// <summary>
/// Keeps a machine or process alive by pinging Keygen in the background, on a jittered schedule derived from the window
/// Keygen enforces, retrying sooner after a failure. It never throws from the background and never crashes the process:
/// failures raise <see cref="PingFailed"/>, and a machine or process Keygen declares dead (or that no longer exists)
/// raises <see cref="Died"/> and ends the loop. Stop it with <see cref="StopAsync"/>, <see cref="DisposeAsync"/> or the
/// token it was started with; a process heartbeat then also removes its process, freeing the slot.
/// Event handlers run on the heartbeat's loop, so they must not block on <see cref="StopAsync"/> (awaiting it is fine);
/// an exception they throw is logged and ignored.
/// </summary>
public sealed class KeygenHeartbeat : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<TimeSpan>> _ping;
    private readonly Func<CancellationToken, Task>? _release;
    private readonly HeartbeatOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _loop;
    private Snapshot _snapshot;
    private int _released;

    internal KeygenHeartbeat(HeartbeatStart start, Func<CancellationToken, Task<TimeSpan>> ping, Func<CancellationToken, Task>? release, CancellationToken stoppingToken)
    {
        Kind = start.Kind;
        ResourceId = start.ResourceId;
        _ping = ping;
        _release = release;
        _options = start.Options;
        _time = start.Time;
        _logger = start.Logger;
        _snapshot = new Snapshot(HeartbeatState.Alive, start.Time.GetUtcNow(), null, 0, null);
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _loop = Task.Run(() => RunAsync(start.Window));
    }

    /// <summary>Raised after each successful ping.</summary>
    public event EventHandler<HeartbeatEventArgs>? Pinged;

    /// <summary>Raised after each failed ping that leaves the machine or process alive; the ping is retried.</summary>
    public event EventHandler<HeartbeatFailedEventArgs>? PingFailed;

    /// <summary>Raised once when Keygen declares the machine or process dead, or it no longer exists; the heartbeat then ends.</summary>
    public event EventHandler<HeartbeatFailedEventArgs>? Died;

    /// <summary>Machine or process.</summary>
    public HeartbeatKind Kind { get; }

    /// <summary>The id of the machine or process being kept alive.</summary>
    public string ResourceId { get; }

    /// <summary>Where the heartbeat stands.</summary>
    public HeartbeatState State => Volatile.Read(ref _snapshot).State;

    /// <summary>When the last successful ping was made (the start counts as one).</summary>
    public DateTimeOffset LastPing => Volatile.Read(ref _snapshot).LastPing;

    /// <summary>When the next ping is due; null once the heartbeat has ended.</summary>
    public DateTimeOffset? NextPing => Volatile.Read(ref _snapshot).NextPing;

    /// <summary>How many pings in a row have failed; 0 after a success.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _snapshot).Failures;

    /// <summary>The last failure, until a ping succeeds again.</summary>
    public Exception? LastError => Volatile.Read(ref _snapshot).LastError;

    /// <summary>Completes when the heartbeat ends: stopped, cancelled or dead. It never faults.</summary>
    public Task Completion => _loop;

    /// <summary>Stops pinging and waits for the loop to end; for a process, then removes it from Keygen (best effort).</summary>
    public async Task StopAsync()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed, hence already stopped.
        }

        await _loop.ConfigureAwait(false);
        await ReleaseAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the heartbeat (see <see cref="StopAsync"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Names the heartbeat and its state.</summary>
    public override string ToString() => $"KeygenHeartbeat {{ {Kind} {ResourceId}, {State} }}";

    private async Task RunAsync(TimeSpan window)
    {
        var token = _stopping.Token;
        var delay = _options.NextDelay(window, 0);
        while (true)
        {
            // The wait is armed before it is announced, so whoever sees NextPing can move the clock past it.
            var wait = Timers.Delay(_time, delay, token);
            Update(s => s with { NextPing = _time.GetUtcNow() + delay });
            try
            {
                await wait.ConfigureAwait(false);
                window = await _ping(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (KeygenApiException e) when (IsDeath(e))
            {
                Die(e);
                return;
            }
            catch (Exception e)
            {
                // Whatever else a ping throws (transport, server error, refused credentials, a bad signature) must not end the loop.
                delay = _options.NextDelay(window, Fail(e));
                continue;
            }

            Update(_ => new Snapshot(HeartbeatState.Alive, _time.GetUtcNow(), null, 0, null));
            Raise(Pinged, new HeartbeatEventArgs(_time.GetUtcNow()), nameof(Pinged));
            delay = _options.NextDelay(window, 0);
        }

        Update(s => s with { State = HeartbeatState.Stopped, NextPing = null });
    }

    /// <summary>A machine or process Keygen declared dead, or deleted (deactivated, culled).</summary>
    private static bool IsDeath(KeygenApiException e) =>
        e.HasCode("MACHINE_HEARTBEAT_DEAD") || e.HasCode("PROCESS_HEARTBEAT_DEAD") || e.StatusCode == 404;

    private int Fail(Exception error)
    {
        var failures = Volatile.Read(ref _snapshot).Failures + 1;
        Update(s => s with { State = HeartbeatState.Failing, Failures = failures, LastError = error });
        LicensingLog.PingFailed(_logger, Kind, ResourceId, failures, error.Message);
        Raise(PingFailed, new HeartbeatFailedEventArgs(_time.GetUtcNow(), error, failures), nameof(PingFailed));
        return failures;
    }

    private void Die(KeygenApiException error)
    {
        var failures = Volatile.Read(ref _snapshot).Failures + 1;
        Update(s => s with { State = HeartbeatState.Dead, NextPing = null, Failures = failures, LastError = error });
        LicensingLog.Died(_logger, Kind, ResourceId, error.Message);
        Raise(Died, new HeartbeatFailedEventArgs(_time.GetUtcNow(), error, failures), nameof(Died));
    }

    private void Raise<T>(EventHandler<T>? handlers, T args, string name)
        where T : HeartbeatEventArgs
    {
        foreach (var handler in handlers?.GetInvocationList() ?? [])
        {
            try
            {
                ((EventHandler<T>)handler).Invoke(this, args);
            }
            catch (Exception e)
            {
                LicensingLog.HandlerFailed(_logger, e, Kind, ResourceId, name);
            }
        }
    }

    private async Task ReleaseAsync()
    {
        if (_release is null || Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        try
        {
            await _release(CancellationToken.None).ConfigureAwait(false);
        }
        catch (KeygenException e)
        {
            LicensingLog.ReleaseFailed(_logger, Kind, ResourceId, e.Message);
        }
    }

    // Only the loop writes; readers see one consistent snapshot.
    private void Update(Func<Snapshot, Snapshot> change) => Volatile.Write(ref _snapshot, change(_snapshot));

    private sealed record Snapshot(HeartbeatState State, DateTimeOffset LastPing, DateTimeOffset? NextPing, int Failures, Exception? LastError);
}
