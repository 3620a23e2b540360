using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Events.Delivery;

/// <summary>
/// Keygen's webhook queue for one emulator: each recorded event whose endpoint is on a loopback host is POSTed in the
/// background (a bounded number at a time, like Sidekiq's workers), its answer recorded on the event, and a failure retried
/// per <see cref="RetrySchedule"/> on timers of the emulator's clock, so a fake clock drives the retries. Events for any
/// other endpoint are never sent.
/// </summary>
internal sealed class WebhookDeliverer : IAsyncDisposable
{
    private const int Workers = 64;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly TimeProvider _clock;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _workers = new(Workers);
    private readonly CancellationTokenSource _stopping = new();
    private readonly HashSet<ITimer> _timers = new();
    private readonly object _gate = new();
    private int _running;
    private TaskCompletionSource _idle = Completed();

    public WebhookDeliverer(TimeProvider clock)
    {
        _clock = clock;
        _http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = LoopbackEndpoints.ConnectAsync,
            ConnectTimeout = Timeout,
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
        })
        {
            Timeout = Timeout,
        };
    }

    /// <summary>Whether an endpoint at <paramref name="url"/> would be sent to.</summary>
    public static bool Sends(string url) => LoopbackEndpoints.IsLoopback(url);

    /// <summary>
    /// Queues the first attempt; called while the request that recorded the event holds the account lock. The body is
    /// rendered now, once, as Keygen renders it when the event is created: every retry sends the same document.
    /// </summary>
    public void Enqueue(AccountState account, WebhookEvent webhookEvent, Func<string> body)
    {
        if (webhookEvent.Endpoint is { } endpoint && Sends(endpoint.Url))
        {
            Start(new Job(account, webhookEvent, Encoding.UTF8.GetBytes(body()), Retries: 0));
        }
    }

    /// <summary>Completes when every attempt started so far has finished and recorded its outcome (retries not yet due do not count).</summary>
    public Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }

        await WaitForIdleAsync(CancellationToken.None).ConfigureAwait(false);
        _http.Dispose();
        _workers.Dispose();
        _stopping.Dispose();
    }

    private void Start(Job job)
    {
        lock (_gate)
        {
            if (_running++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        // Never inline: the caller may hold the account lock, and the attempt must see the request's finished state.
        _ = Task.Run(() => AttemptAsync(job));
    }

    private async Task AttemptAsync(Job job)
    {
        try
        {
            await _workers.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                if (Target(job) is { } target)
                {
                    var outcome = await SendAsync(job, target).ConfigureAwait(false);
                    Record(job, outcome);
                }
            }
            finally
            {
                _workers.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The emulator is stopping; a queue that dies with the process delivers nothing more.
        }
        finally
        {
            lock (_gate)
            {
                if (--_running == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    /// <summary>Like Keygen's worker, an attempt is dropped when its event or endpoint is gone or no longer subscribed.</summary>
    private static DeliveryTarget? Target(Job job)
    {
        var account = job.Account;
        lock (account.Sync)
        {
            var endpoint = job.Event.Endpoint is { } addressed ? account.Table<WebhookEndpoint>().Find(addressed.Id) : null;
            if (endpoint is null || !account.Table<WebhookEvent>().Contains(job.Event.Id) || !endpoint.IsSubscribedTo(job.Event.Event))
            {
                return null;
            }

            // The endpoint may have moved since the event was recorded; what it is now decides whether it is sent to.
            return Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) && LoopbackEndpoints.IsLoopback(url)
                ? new DeliveryTarget(url, endpoint.SignatureAlgorithm, endpoint.ApiVersion)
                : null;
        }
    }

    private async Task<DeliveryOutcome?> SendAsync(Job job, DeliveryTarget target)
    {
        using var request = SignedWebhookRequest.Create(job.Account, target, job.Body, _clock.GetUtcNow());
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stopping.Token).ConfigureAwait(false);
            return DeliveryOutcome.Answered((int)response.StatusCode, await ReadBodyAsync(response).ConfigureAwait(false));
        }
        catch (Exception error) when (!_stopping.IsCancellationRequested)
        {
            return DeliveryOutcome.Transport(error);
        }
    }

    /// <summary>Reads no more than Keygen keeps: a body over 2 KiB is recorded as <c>RES_BODY_TOO_LARGE</c>.</summary>
    private async Task<string> ReadBodyAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync(_stopping.Token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[DeliveryOutcome.MaxResponseBodyBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), _stopping.Token).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return length > DeliveryOutcome.MaxResponseBodyBytes ? "RES_BODY_TOO_LARGE" : Encoding.UTF8.GetString(buffer, 0, length);
        }
    }

    /// <summary>
    /// Records the attempt on the event (an error Keygen's worker does not rescue leaves it untouched) and schedules the
    /// next retry, or marks the event <c>FAILED</c> when the retries are spent.
    /// </summary>
    private void Record(Job job, DeliveryOutcome? outcome)
    {
        var account = job.Account;
        var retry = outcome?.Retry ?? true;
        lock (account.Sync)
        {
            var webhookEvent = job.Event;
            if (outcome is not null)
            {
                webhookEvent.LastResponseCode = outcome.Code;
                webhookEvent.LastResponseBody = outcome.Body;
                webhookEvent.Status = outcome.Status;
                webhookEvent.Updated = account.Now;
                if (outcome.DisableEndpoint && webhookEvent.Endpoint is { } disabled)
                {
                    disabled.Subscriptions = [];
                }
            }

            if (retry && job.Retries >= RetrySchedule.MaxRetries)
            {
                webhookEvent.Status = DeliveryOutcome.Failed;
                webhookEvent.Updated = account.Now;
                return;
            }
        }

        if (retry)
        {
            Schedule(job with { Retries = job.Retries + 1 }, RetrySchedule.Delay(job.Retries));
        }
    }

    private void Schedule(Job job, TimeSpan delay)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            ITimer? timer = null;
            timer = _clock.CreateTimer(
                _ =>
                {
                    lock (_gate)
                    {
                        // The callback may run before CreateTimer returns (a fake clock already past the due time).
                        if (timer is null || !_timers.Remove(timer) || _stopping.IsCancellationRequested)
                        {
                            return;
                        }
                    }

                    timer.Dispose();
                    Start(job);
                },
                null,
                delay,
                System.Threading.Timeout.InfiniteTimeSpan);
            _timers.Add(timer);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed record Job(AccountState Account, WebhookEvent Event, byte[] Body, int Retries);
}
