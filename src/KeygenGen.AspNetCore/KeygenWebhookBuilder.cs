using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Keygen.AspNetCore.Dispatch;
using Keygen.Signatures;
using Keygen.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Keygen.AspNetCore;

/// <summary>
/// What <see cref="KeygenWebhookEndpointRouteBuilderExtensions.MapKeygenWebhooks"/> is configured with: the account key
/// the deliveries are verified against, where Keygen sends them, and one handler per event type.
/// </summary>
public sealed class KeygenWebhookBuilder
{
    /// <summary>The default largest accepted body: 1 MiB, far above any Keygen event.</summary>
    public const long DefaultMaxBodySize = 1024 * 1024;

    private readonly Dictionary<WebhookEventType, WebhookHandler> _handlers = new();

    internal KeygenWebhookBuilder()
    {
    }

    /// <summary>
    /// The account's Ed25519 public key (required): 64 hex characters, or the base64 form of <c>data.meta.keys.ed25519</c>
    /// of <c>GET /v1/accounts/{account}</c>. Keygen signs webhooks with it unless the endpoint chose an RSA algorithm.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>The account's RSA public key (PEM, or base64 of the PEM), for endpoints whose signature algorithm is <c>rsa-pss-sha256</c> or <c>rsa-sha256</c>.</summary>
    public string? RsaPublicKey { get; set; }

    /// <summary>
    /// The endpoint URL as registered with Keygen, which is what Keygen signs (its host, path and query). Set it when a
    /// reverse proxy changes the path or host this app sees. Unset, the URL is the request's own, as the app sees it:
    /// forwarded headers count when the app enables them (<c>UseForwardedHeaders</c>, with the host and prefix forwarded).
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How old a delivery's signed date may be (and how far ahead of this clock): older deliveries are refused as stale or replayed. 5 minutes.</summary>
    public TimeSpan MaxClockDrift { get; set; } = KeygenVerificationOptions.DefaultMaxClockDrift;

    /// <summary>The clock for signed dates and the default store; the service registered as <see cref="System.TimeProvider"/>, else the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>A larger body is refused with 413 before it is read.</summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// Where handled events are remembered. Unset: the <see cref="IKeygenWebhookStore"/> registered in dependency injection
    /// (resolved per request), else one <see cref="InMemoryKeygenWebhookStore"/> for this endpoint.
    /// </summary>
    public IKeygenWebhookStore? Store { get; set; }

    /// <summary>Handles events of one type, typed.</summary>
    /// <param name="kind">The event type and how it reads, e.g. <c>KeygenEvents.LicenseCreated</c>.</param>
    /// <param name="handler">Runs once per event; throwing answers 500 so that Keygen retries.</param>
    /// <exception cref="InvalidOperationException">The event type has a handler already.</exception>
    public KeygenWebhookBuilder On<TData>(KeygenEventKind<TData> kind, Func<KeygenEvent<TData>, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return On(kind, (keygenEvent, _, cancellationToken) => handler(keygenEvent, cancellationToken));
    }

    /// <summary>Handles events of one type, typed, with the request's services.</summary>
    /// <param name="kind">The event type and how it reads, e.g. <c>KeygenEvents.LicenseCreated</c>.</param>
    /// <param name="handler">Runs once per event with the request's scoped services; throwing answers 500 so that Keygen retries.</param>
    /// <exception cref="InvalidOperationException">The event type has a handler already.</exception>
    public KeygenWebhookBuilder On<TData>(KeygenEventKind<TData> kind, Func<KeygenEvent<TData>, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(handler);
        Add(kind.Type, WebhookHandler.Typed(kind, handler));
        return this;
    }

    /// <summary>Handles events of one type with a <typeparamref name="THandler"/> resolved from the request's services (register it there).</summary>
    /// <param name="kind">The event type and how it reads, e.g. <c>KeygenEvents.LicenseCreated</c>.</param>
    /// <exception cref="InvalidOperationException">The event type has a handler already.</exception>
    public KeygenWebhookBuilder On<TData, THandler>(KeygenEventKind<TData> kind)
        where THandler : IKeygenWebhookHandler<TData> =>
        On(kind, (keygenEvent, services, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync(keygenEvent, cancellationToken));

    /// <summary>
    /// Handles, untyped, every event without a handler of its own, including types this SDK does not know. Without it,
    /// such events are acknowledged (200) and dropped.
    /// </summary>
    /// <param name="handler">Runs once per event; throwing answers 500 so that Keygen retries.</param>
    public KeygenWebhookBuilder OnUnhandled(Func<KeygenWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (Unhandled is not null)
        {
            throw new InvalidOperationException("OnUnhandled is set already; one handler takes every event without a handler of its own.");
        }

        Unhandled = WebhookHandler.Untyped(handler);
        return this;
    }

    internal WebhookHandler? Unhandled { get; private set; }

    internal WebhookHandler? HandlerFor(WebhookEventType type) => _handlers.GetValueOrDefault(type) ?? Unhandled;

    private void Add(WebhookEventType type, WebhookHandler handler)
    {
        // One handler per event: with two, a failure of the second would run the first again on Keygen's retry.
        if (!_handlers.TryAdd(type, handler))
        {
            throw new InvalidOperationException($"The \"{type}\" event has a handler already; combine the work into one handler.");
        }
    }
}
