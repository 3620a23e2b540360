using System.Collections.Generic;

namespace Keygen.Acceptance.Running;

/// <summary>
/// One request a scenario sent and the emulator's answer, kept for checks that read them after the replay (whether
/// the SDK can read each answer and express each request).
/// </summary>
/// <param name="ScenarioId">The scenario that sent it.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, without the query (e.g. <c>/v1/accounts/test1/licenses</c>).</param>
/// <param name="Query">The query string without <c>?</c>; empty when none.</param>
/// <param name="RequestBody">The request body as sent; null when none.</param>
/// <param name="Status">The response status.</param>
/// <param name="ResponseBody">The response body as text.</param>
/// <param name="ResponseHeaders">The response headers (names as sent; repeated values joined with a newline).</param>
internal sealed record ExchangeRecord(
    string ScenarioId,
    string Method,
    string Path,
    string Query,
    string? RequestBody,
    int Status,
    string ResponseBody,
    IReadOnlyDictionary<string, string> ResponseHeaders);
