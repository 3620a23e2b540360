using System;
using System.ComponentModel;
using System.Net.Http;

namespace Keygen.Http;

/// <summary>
/// Which failed requests may be sent again without repeating a side effect: the rules of the client's own retries, public
/// so that the other retry layer, the resilience handler of KeygenGen.Extensions.DependencyInjection, applies the same.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenResendRules
{
    /// <summary>
    /// Whether a request answered with <paramref name="statusCode"/> may be re-sent: 429 always (a throttled request was
    /// not processed), 502, 503 and 504 only when <paramref name="method"/> is idempotent.
    /// </summary>
    public static bool MayResend(int statusCode, HttpMethod? method) =>
        statusCode == 429 || (statusCode is 502 or 503 or 504 && IsIdempotent(method));

    /// <summary>
    /// Methods whose repetition has the same effect as a single call (POST is the one Keygen uses that is not); an
    /// unknown (<see langword="null"/>) method counts as not idempotent.
    /// </summary>
    public static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete
        || method == KeygenHttpMethods.Patch || method == HttpMethod.Options;

    /// <summary>
    /// Whether <paramref name="exception"/> says that the request never reached the server (the host could not be
    /// resolved, the connection or its TLS handshake failed), so that re-sending it cannot repeat a side effect.
    /// </summary>
    public static bool NeverSent(Exception exception) => TransportFailures.Classify(exception) != TransportFailure.Other;
}
