using System;
using Keygen;
using Keygen.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Puts Microsoft.Extensions.Http.Resilience in place of <see cref="KeygenClient"/>'s built-in retry.</summary>
public static class KeygenResilienceExtensions
{
    /// <summary>
    /// Adds the standard resilience handler (rate limiter, total timeout, retry, circuit breaker, attempt timeout) configured for
    /// Keygen, and turns the client's own retry off (<see cref="KeygenRetryOptions.Disabled"/>) so no request is retried twice.
    /// The retry follows the SDK's rules: 429 always (honouring <c>Retry-After</c>); 502/503/504, attempt timeouts and broken
    /// connections only for idempotent methods, so a POST that reached the server is never re-sent; connection failures before
    /// anything was sent for every method. A <c>Retry-After</c> longer than the total request timeout is not waited for: the
    /// response is returned at once. Timeouts and an open circuit surface as <see cref="KeygenTransportException"/>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddKeygen</c>.</param>
    /// <param name="configure">Adjusts the options after the Keygen defaults are applied (e.g. <c>o.Retry.MaxRetryAttempts</c>).</param>
    /// <returns>The same builder.</returns>
    public static IKeygenBuilder AddKeygenResilience(this IKeygenBuilder builder, Action<HttpStandardResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Outside the resilience handler, so it sees what the whole pipeline finally rejects.
        builder.AddHttpMessageHandler(static () => new ResilienceRejectionHandler());
        builder.AddStandardResilienceHandler(options =>
        {
            KeygenRetryRules.Apply(options);
            configure?.Invoke(options);
        });
        // PostConfigure runs after every Configure, so options set in code cannot switch the second retry back on.
        builder.Services.PostConfigure<KeygenClientOptions>(static options => options.Retry = KeygenRetryOptions.Disabled);
        return builder;
    }
}
