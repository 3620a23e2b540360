using System.Diagnostics;
using System.Reflection;

namespace Keygen;

/// <summary>
/// Tracing: every <see cref="KeygenClient"/> call is one <see cref="Activity"/> of kind Client from the source named
/// <see cref="ActivitySourceName"/> (subscribe with OpenTelemetry's <c>AddSource("Keygen")</c>). Tags follow the OpenTelemetry
/// HTTP conventions (<c>http.request.method</c>, <c>url.full</c> with credentials redacted, <c>http.response.status_code</c>,
/// <c>http.request.resend_count</c>) plus <c>keygen.operation</c> and <c>keygen.request_id</c>.
/// </summary>
public static class KeygenTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>: <c>Keygen</c>.</summary>
    public const string ActivitySourceName = "Keygen";

    internal static ActivitySource Source { get; } = new(
        ActivitySourceName,
        typeof(KeygenTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
}
