using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Records the instruments described on <see cref="KeygenTelemetry"/>. Names follow OpenTelemetry's pattern for client
/// libraries (<c>{system}.client.operation.duration</c>, seconds) and attributes its HTTP client conventions, so dashboards built
/// for HTTP clients read them. Every method first asks whether anyone listens, so a call with no listener pays for no tags.
/// </summary>
internal static class KeygenMetrics
{
    private static readonly Histogram<double> OperationDuration = KeygenTelemetry.Meter.CreateHistogram(
        "keygen.client.operation.duration",
        unit: "s",
        description: "Duration of Keygen calls, from the first attempt to the result, retries and waits included.",
        tags: null,
        advice: new InstrumentAdvice<double>
        {
            // OpenTelemetry's recommended boundaries for http.client.request.duration.
            HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
        });

    private static readonly Counter<long> Attempts = KeygenTelemetry.Meter.CreateCounter<long>(
        "keygen.client.attempts",
        unit: "{attempt}",
        description: "Requests sent to Keygen, retries included; http.request.resend_count is 0 for a call's first attempt.");

    private static readonly Counter<long> Retries = KeygenTelemetry.Meter.CreateCounter<long>(
        "keygen.client.retries",
        unit: "{retry}",
        description: "Calls re-sent after a throttle, a transient error or a transport fault, tagged with what caused the retry.");

    private static readonly Gauge<long> RateLimitRemaining = KeygenTelemetry.Meter.CreateGauge<long>(
        "keygen.client.rate_limit.remaining",
        unit: "{request}",
        description: "Requests left in Keygen's current rate-limit window (X-RateLimit-Remaining), as last reported.");

    /// <summary>The timestamp a call's duration is measured from, or 0 when nobody listens to durations.</summary>
    public static long Start(TimeProvider time) => OperationDuration.Enabled ? time.GetTimestamp() : 0;

    /// <summary>Records one attempt: its response's status, or the fault that stopped it.</summary>
    public static void Attempted(KeygenCall call, KeygenAttempt attempt, int resendCount)
    {
        if (Attempts.Enabled)
        {
            TagList tags = CallTags(call);
            tags.Add("http.request.resend_count", resendCount);
            AddOutcome(ref tags, attempt);
            Attempts.Add(1, tags);
        }

        if (attempt.Response?.RateLimit is { Remaining: { } remaining } limit && RateLimitRemaining.Enabled)
        {
            var tags = new TagList { { "server.address", call.Uri.Host }, { "server.port", call.Uri.Port }, { "keygen.rate_limit.window", limit.Window } };
            RateLimitRemaining.Record(remaining, tags);
        }
    }

    /// <summary>Records that the call is re-sent after <paramref name="attempt"/>.</summary>
    public static void Retrying(KeygenCall call, KeygenAttempt attempt)
    {
        if (Retries.Enabled)
        {
            TagList tags = CallTags(call);
            AddOutcome(ref tags, attempt);
            Retries.Add(1, tags);
        }
    }

    /// <summary>Records the call's duration and outcome: the final response, or the exception it ended with.</summary>
    public static void Completed(KeygenCall call, long started, TimeProvider time, KeygenResponse? response, Exception? failure)
    {
        if (started == 0 || !OperationDuration.Enabled)
        {
            return;
        }

        TagList tags = CallTags(call);
        if ((response ?? (failure as KeygenException)?.Response) is { } final)
        {
            tags.Add("http.response.status_code", final.StatusCode);
        }

        if (failure is not null)
        {
            tags.Add("error.type", ErrorType(failure));
        }

        OperationDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>
    /// The <c>error.type</c> of a failed call, as tracing reports it too: Keygen's error code when it sent one (a bounded set),
    /// else the exception's type.
    /// </summary>
    public static string ErrorType(Exception failure) =>
        failure is KeygenApiException { Code: { } code } ? code : failure.GetType().FullName ?? failure.GetType().Name;

    private static TagList CallTags(KeygenCall call) => new()
    {
        { "keygen.operation", call.Request.OperationId },
        { "http.request.method", call.Request.Method.Method },
        { "server.address", call.Uri.Host },
        { "server.port", call.Uri.Port },
    };

    private static void AddOutcome(ref TagList tags, KeygenAttempt attempt)
    {
        if (attempt.Response is { } response)
        {
            tags.Add("http.response.status_code", response.StatusCode);
            if (response.StatusCode >= 400)
            {
                tags.Add("error.type", response.StatusCode.ToString(CultureInfo.InvariantCulture));
            }
        }
        else
        {
            tags.Add("error.type", attempt.TimedOut ? "timeout" : (attempt.FaultException?.GetType().FullName ?? "transport"));
        }
    }
}
