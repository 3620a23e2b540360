using System;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>
/// The SDK's retry rules (see KeygenRetryOptions) as a predicate for the standard resilience handler, whose default would
/// re-send a POST that got a 503 and wait for any <c>Retry-After</c>.
/// </summary>
internal static class KeygenRetryRules
{
    public static void Apply(HttpStandardResilienceOptions options)
    {
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => new ValueTask<bool>(
            ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, options.TotalRequestTimeout.Timeout, DateTimeOffset.UtcNow));
    }

    /// <summary>Whether to re-send after <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="method">The request's method; unknown counts as not idempotent.</param>
    /// <param name="longestWait">A <c>Retry-After</c> this long or longer is not waited for (the total timeout would end the call first).</param>
    /// <param name="now">The current time, for a <c>Retry-After</c> given as a date.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeSpan longestWait, DateTimeOffset now)
    {
        if (outcome.Result is { } response)
        {
            return KeygenResendRules.MayResend((int)response.StatusCode, method)
                && (RetryAfter(response, now) is not { } wait || wait < longestWait);
        }

        return outcome.Exception switch
        {
            HttpRequestException e when KeygenResendRules.NeverSent(e) => true,
            HttpRequestException or TimeoutRejectedException => KeygenResendRules.IsIdempotent(method),
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };
}
