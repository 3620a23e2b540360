using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Http;

/// <summary>
/// The send pipeline shared by a client and its <see cref="KeygenClient.WithAuth"/> views: picks credentials, resolves the
/// URL, sends with a per-attempt timeout, buffers the body, records the response, retries what is safe to retry, logs, traces,
/// and turns every failed response or transport fault into a <see cref="KeygenException"/> (handlers' own exceptions, such as a
/// failed signature check, pass through unchanged). Holds no per-call state, so any number of callers may share it.
/// </summary>
internal sealed class KeygenTransport : IDisposable
{
    private readonly KeygenClientSettings _settings;
    private readonly HttpMessageInvoker _invoker;
    private readonly KeygenRetryPolicy _retryPolicy;

    public KeygenTransport(KeygenClientSettings settings, KeygenHandlerPipeline.KeygenInvokers invokers)
    {
        _settings = settings;
        _invoker = invokers.Keygen;
        Storage = invokers.Storage;
        _retryPolicy = new KeygenRetryPolicy(settings.Retry);
    }

    public KeygenClientSettings Settings => _settings;

    /// <summary>Sends to artifact storage (presigned URLs): the network end of the pipeline, without Keygen's handlers.</summary>
    public HttpMessageInvoker Storage { get; }

    /// <param name="request">The call.</param>
    /// <param name="viewOptions">The options of the <see cref="KeygenClient.WithOptions"/> view the call is made on, already checked.</param>
    /// <param name="callOptions">The call's own options, checked here.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KeygenResponse> SendAsync(KeygenRequest request, KeygenCallOptions? viewOptions, KeygenCallOptions? callOptions, CancellationToken cancellationToken)
    {
        KeygenCall call;
        try
        {
            ArgumentNullException.ThrowIfNull(request);
            call = new KeygenCall(request, KeygenCallOptions.Merge(viewOptions, callOptions?.Snapshot()), _settings, _retryPolicy);
        }
        catch (Exception e)
        {
            // Faulted, not thrown, as from an async method. The call is built out here so that neither the request nor
            // the options live in the send loop's state machine: every call pays for each field it holds.
            return Task.FromException<KeygenResponse>(e);
        }

        return SendAsync(call, cancellationToken);
    }

    private async Task<KeygenResponse> SendAsync(KeygenCall call, CancellationToken cancellationToken)
    {
        using Activity? activity = KeygenTracing.StartCall(call.Request, call.Uri, call.RedactedUrl);
        long started = KeygenMetrics.Start(_settings.TimeProvider);
        try
        {
            for (int retries = 0; ; retries++)
            {
                KeygenAttempt attempt = await SendOnceAsync(call, retries + 1, cancellationToken).ConfigureAwait(false);
                KeygenMetrics.Attempted(call, attempt, retries);
                KeygenRetryDecision decision = call.RetryPolicy.Decide(attempt, call.Request.Method, retries);
                if (!decision.Retry)
                {
                    KeygenResponse response = Finish(call, attempt, retries + 1, activity);
                    KeygenMetrics.Completed(call, started, _settings.TimeProvider, response, failure: null);
                    return response;
                }

                // The timer starts before the log entry, so whoever sees the entry knows the wait is already running.
                Task wait = Timers.Delay(_settings.TimeProvider, decision.Delay, cancellationToken);
                KeygenLog.Retrying(_settings.Logger, call.Request.OperationId, decision.Reason, decision.Delay.TotalMilliseconds, retries + 1, call.RetryPolicy.MaxRetries);
                KeygenTracing.Retrying(activity, retries + 1, decision.Reason);
                KeygenMetrics.Retrying(call, attempt);
                await wait.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            KeygenTracing.Failed(activity, e, "cancelled by the caller");
            KeygenMetrics.Completed(call, started, _settings.TimeProvider, response: null, e);
            throw;
        }
        catch (Exception e)
        {
            // KeygenExceptions, and also what the pipeline's handlers throw (e.g. a failed signature check).
            string message = call.Redactor.Redact(e.Message);
            KeygenLog.Failed(_settings.Logger, call.Request.OperationId, message);
            KeygenTracing.Failed(activity, e, message);
            KeygenMetrics.Completed(call, started, _settings.TimeProvider, response: null, e);
            throw;
        }
    }

    public void Dispose()
    {
        Storage.Dispose();
        _invoker.Dispose();
    }

    private static KeygenResponse Finish(KeygenCall call, KeygenAttempt attempt, int attempts, Activity? activity)
    {
        if (attempt.Response is not { } response)
        {
            string tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
            throw new KeygenTransportException(
                $"{attempt.Fault}. Request: {call.Request.Method} {call.RedactedUrl} ({call.Request.OperationId}); {tries}.",
                attempt.TimedOut,
                attempt.FaultException);
        }

        if (KeygenResponseValidator.Check(response, call.Request.Accept, call.Redactor) is { } error)
        {
            throw error;
        }

        KeygenTracing.Completed(activity, response);
        return response;
    }

    private async Task<KeygenAttempt> SendOnceAsync(KeygenCall call, int attemptNumber, CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = call.CreateMessage();
        using CancellationTokenSource? timeout = call.Timeout == Timeout.InfiniteTimeSpan
            ? null
            : Timers.CancelAfter(_settings.TimeProvider, call.Timeout);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout?.Token ?? CancellationToken.None);
        KeygenLog.Sending(_settings.Logger, call.Request.OperationId, call.Request.Method.Method, call.RedactedUrl, attemptNumber);
        long started = _settings.TimeProvider.GetTimestamp();

        HttpResponseMessage httpResponse;
        try
        {
            httpResponse = await _invoker.SendAsync(message, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            throw CancelledByCaller(e, cancellationToken);
        }
        catch (Exception e) when (IsTransportFault(e))
        {
            return Fault(call, e, timeout, responseStarted: false);
        }

        using (httpResponse)
        {
            KeygenResponseBody body;
            try
            {
                body = await KeygenResponseBody.ReadAsync(httpResponse.Content, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                throw CancelledByCaller(e, cancellationToken);
            }
            catch (Exception e) when (IsTransportFault(e))
            {
                return Fault(call, e, timeout, responseStarted: true);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                // A handler that decompresses (AutomaticDecompression) throws these for a body that does not match its
                // Content-Encoding: the response arrived whole, but cannot be read.
                var undecodable = new KeygenResponse(httpResponse, [], call.RedactedUrl, call.Request.OperationId, _settings.TimeProvider.GetUtcNow());
                throw new KeygenMalformedResponseException($"The response body could not be decoded ({call.Redactor.Redact(e.Message)}).", undecodable, e);
            }

            var response = KeygenResponse.Received(httpResponse, body, call.RedactedUrl, call.Request.OperationId, _settings.TimeProvider.GetUtcNow());
            KeygenResponseCapture.Record(response);
            KeygenLog.Received(
                _settings.Logger,
                call.Request.OperationId,
                response.StatusCode,
                _settings.TimeProvider.GetElapsedTime(started).TotalMilliseconds,
                response.RequestId);
            return KeygenAttempt.Received(response);
        }
    }

    /// <summary>The caller's cancellation, carrying the caller's token rather than the internal linked one.</summary>
    private static OperationCanceledException CancelledByCaller(OperationCanceledException e, CancellationToken cancellationToken) =>
        e.CancellationToken == cancellationToken ? e : new OperationCanceledException(e.Message, e, cancellationToken);

    private static bool IsTransportFault(Exception e) =>
        e is HttpRequestException or IOException or SocketException or OperationCanceledException;

    private KeygenAttempt Fault(KeygenCall call, Exception e, CancellationTokenSource? timeout, bool responseStarted)
    {
        bool ownTimeout = timeout?.IsCancellationRequested == true;
        // A timeout of something in the pipeline (an injected HttpClient's Timeout, a resilience handler's attempt timeout):
        // cancellation that carries a TimeoutException, as HttpClient reports it. Its own message names the timeout that
        // expired ("…the configured HttpClient.Timeout of 5 seconds elapsing"); the inner ones just say "canceled".
        bool pipelineTimeout = !ownTimeout && e is OperationCanceledException && e.InnerException is TimeoutException;
        bool timedOut = ownTimeout || pipelineTimeout;
        string host = call.Uri.Authority;
        // The innermost message names the actual fault ("Connection reset by peer"); the outer ones are generic.
        string cause = call.Redactor.Redact(e.GetBaseException().Message);
        string fault;
        bool neverSent = false;
        if (ownTimeout)
        {
            string option = call.TimeoutIsPerCall ? "KeygenCallOptions.Timeout" : "KeygenClientOptions.Timeout";
            fault = $"Keygen at {host} did not answer within {call.Timeout.TotalSeconds:0.###} s ({option})";
        }
        else if (pipelineTimeout)
        {
            fault = $"Keygen at {host} did not answer in time ({call.Redactor.Redact(e.Message)})";
        }
        else if (responseStarted || TransportFailures.ResponseEnded(e))
        {
            fault = $"The connection to {host} broke while reading the response ({cause}); the response was incomplete";
        }
        else if (TransportFailures.Classify(e) == TransportFailure.NameResolution)
        {
            neverSent = true;
            fault = $"The host {host} could not be resolved ({cause}); check KeygenClientOptions.BaseUrl and the network";
        }
        else if (TransportFailures.Classify(e) == TransportFailure.Connection)
        {
            neverSent = true;
            fault = $"Could not connect to {host} ({cause}); check KeygenClientOptions.BaseUrl, the network and any proxy";
        }
        else
        {
            fault = $"The exchange with {host} failed ({cause})";
        }

        return KeygenAttempt.Failed(fault, e, timedOut, mayHaveReachedServer: !neverSent);
    }
}
