using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Keygen;

/// <summary>
/// Tracing and metrics, both under the name <c>Keygen</c>. Tracing: every <see cref="KeygenClient"/> call is one
/// <see cref="Activity"/> of kind Client from the source named <see cref="ActivitySourceName"/> (subscribe with OpenTelemetry's
/// <c>AddSource("Keygen")</c>). Tags follow the OpenTelemetry HTTP conventions (<c>http.request.method</c>, <c>url.full</c> with
/// credentials redacted, <c>http.response.status_code</c>, <c>http.request.resend_count</c>) plus <c>keygen.operation</c> and
/// <c>keygen.request_id</c>. Metrics: the instruments of the <see cref="Meter"/> named <see cref="MeterName"/> (subscribe with
/// <c>AddMeter("Keygen")</c>): <c>keygen.client.operation.duration</c>, <c>keygen.client.attempts</c>,
/// <c>keygen.client.retries</c> and <c>keygen.client.rate_limit.remaining</c>, tagged with the same HTTP attribute names.
/// Nothing is measured while nobody listens.
/// </summary>
public static class KeygenTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>: <c>Keygen</c>.</summary>
    public const string ActivitySourceName = "Keygen";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Keygen</c>.</summary>
    public const string MeterName = "Keygen";

    private static readonly string? Version = typeof(KeygenTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    internal static ActivitySource Source { get; } = new(ActivitySourceName, Version);

    internal static Meter Meter { get; } = new(MeterName, Version);
}
