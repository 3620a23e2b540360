using System;
using Keygen.AspNetCore.Dispatch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keygen.AspNetCore;

/// <summary>Maps the endpoint Keygen delivers webhooks to.</summary>
public static class KeygenWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The log category of the endpoint's entries.</summary>
    public const string LogCategory = "Keygen.AspNetCore.Webhooks";

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive Keygen's webhooks: each delivery's body is read once, its
    /// signature verified against the account key (over the URL registered with Keygen), a stale or replayed delivery
    /// refused, each event handled once (by idempotency token) by the handler of its type, and the answer chosen for
    /// Keygen's retries (2xx handled or duplicate, 4xx refused, 5xx failed so that Keygen delivers it again).
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="pattern">The route, e.g. <c>/keygen/webhooks</c>.</param>
    /// <param name="configure">Sets the public key and adds a handler per event type.</param>
    /// <returns>The endpoint, for conventions (host filters, rate limits, …). It needs no authentication or antiforgery of its own.</returns>
    /// <exception cref="KeygenConfigurationException">The public key is missing or invalid, or another setting is.</exception>
    /// <example>
    /// <code>
    /// app.MapKeygenWebhooks("/keygen/webhooks", webhooks =>
    /// {
    ///     webhooks.PublicKey = app.Configuration["Keygen:PublicKey"];
    ///     webhooks.On(KeygenEvents.LicenseCreated, async (e, services, ct) => await Mailer.SendKeyAsync(e.Data, ct));
    /// });
    /// </code>
    /// </example>
    public static IEndpointConventionBuilder MapKeygenWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Action<KeygenWebhookBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new KeygenWebhookBuilder();
        configure(builder);
        var settings = WebhookSettings.From(builder, endpoints.ServiceProvider);
        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(LogCategory) ?? NullLogger.Instance;
        var endpoint = new DeliveryPipeline(settings, logger);
        return endpoints.MapPost(pattern, endpoint.HandleAsync).WithDisplayName("Keygen webhooks");
    }
}
