using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Http;

/// <summary>
/// Composes the handlers every attempt passes through, outermost first: <see cref="KeygenClientOptions.AdditionalHandlers"/>,
/// then the SDK's own response checks (<see cref="AddResponseVerification"/>), then the network: an injected
/// <see cref="HttpClient"/>, <see cref="KeygenClientOptions.HttpMessageHandler"/>, or a pooled handler that never follows redirects.
/// </summary>
internal static partial class KeygenHandlerPipeline
{
    public static HttpMessageInvoker Build(KeygenClientOptions options, HttpClient? httpClient)
    {
        var handlers = new List<DelegatingHandler>();
        foreach (Func<DelegatingHandler> factory in options.AdditionalHandlers)
        {
            handlers.Add(factory?.Invoke() ?? throw new KeygenConfigurationException(
                "KeygenClientOptions.AdditionalHandlers contains a factory that is null or returned null; each must return a new DelegatingHandler."));
        }

        // Closest to the network, so that it sees responses exactly as they arrived.
        AddResponseVerification(options, handlers);

        HttpMessageHandler pipeline = httpClient is not null ? new ForwardingHandler(httpClient)
            : options.HttpMessageHandler is { } handler ? new ForwardingHandler(new HttpMessageInvoker(handler, disposeHandler: false))
            : CreateDefaultHandler();
        for (int i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i].InnerHandler is not null)
            {
                throw new KeygenConfigurationException(
                    "A handler from KeygenClientOptions.AdditionalHandlers is already in use; each factory must return a new DelegatingHandler.");
            }

            handlers[i].InnerHandler = pipeline;
            pipeline = handlers[i];
        }

        return new HttpMessageInvoker(pipeline, disposeHandler: true);
    }

    /// <summary>
    /// The hook for response signature verification: the licensing part of the SDK implements this partial method to add its
    /// verifying handler when <see cref="KeygenClientOptions.PublicKey"/> is set. Without an implementation nothing is added.
    /// </summary>
    static partial void AddResponseVerification(KeygenClientOptions options, IList<DelegatingHandler> handlers);

    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        // Keygen answers artifact downloads with 303/307 to storage URLs; the caller decides whether to follow them,
        // and credentials must never be forwarded to another host.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>Ends the handler chain in something the client does not own (an injected client or handler), without disposing it.</summary>
    private sealed class ForwardingHandler(HttpMessageInvoker target) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            target.SendAsync(request, cancellationToken);
    }
}
