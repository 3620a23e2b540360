using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;

namespace Keygen.Http;

/// <summary>
/// Composes the handlers every attempt passes through, outermost first: <see cref="KeygenClientOptions.AdditionalHandlers"/>,
/// then signature verification when <see cref="KeygenClientOptions.PublicKey"/> is set, then the network: an injected
/// <see cref="HttpClient"/>, <see cref="KeygenClientOptions.HttpMessageHandler"/>, or a pooled handler that never follows redirects.
/// Artifact storage (presigned upload and download URLs on another host) is reached through the network end alone: those
/// exchanges carry no Keygen credentials and no Keygen signature, so none of the Keygen handlers apply to them.
/// </summary>
internal static class KeygenHandlerPipeline
{
    public static KeygenInvokers Build(KeygenClientOptions options, KeygenClientSettings settings, HttpClient? httpClient)
    {
        var handlers = new List<DelegatingHandler>();
        foreach (Func<DelegatingHandler> factory in options.AdditionalHandlers)
        {
            handlers.Add(factory?.Invoke() ?? throw new KeygenConfigurationException(
                "KeygenClientOptions.AdditionalHandlers contains a factory that is null or returned null; each must return a new DelegatingHandler."));
        }

        if (settings.PublicKeys is { } keys)
        {
            // Closest to the network, so that it sees responses exactly as they arrived.
            var verifier = new KeygenSignatureVerifier(keys, new KeygenVerificationOptions { TimeProvider = settings.TimeProvider });
            handlers.Add(new KeygenSignatureVerifyingHandler(verifier));
        }

        HttpMessageHandler network = httpClient is not null ? new ForwardingHandler(httpClient)
            : options.HttpMessageHandler is { } handler ? new ForwardingHandler(new HttpMessageInvoker(handler, disposeHandler: false))
            : CreateDefaultHandler();
        HttpMessageHandler pipeline = network;
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

        // The Keygen invoker owns the chain, network end included; the storage invoker only borrows the network end.
        return new KeygenInvokers(new HttpMessageInvoker(pipeline, disposeHandler: true), new HttpMessageInvoker(network, disposeHandler: false));
    }

    // Keygen answers artifact downloads with 303/307 to storage URLs; the caller decides whether to follow them,
    // and credentials must never be forwarded to another host.
#if LEGACY_TARGET
    // .NET Framework and Mono pool connections per ServicePoint (DNS changes are picked up by its own lease timeout).
    private static HttpClientHandler CreateDefaultHandler() => new() { AllowAutoRedirect = false };
#else
    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
#endif

    /// <summary>The two ways out of a client: to Keygen, through every handler, and to artifact storage, through the network end only.</summary>
    internal readonly record struct KeygenInvokers(HttpMessageInvoker Keygen, HttpMessageInvoker Storage);

    /// <summary>Ends the handler chain in something the client does not own (an injected client or handler), without disposing it.</summary>
    private sealed class ForwardingHandler(HttpMessageInvoker target) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            // An HttpClient would buffer the body before returning, and the transport then copy it: let the transport
            // read it once (under its own per-attempt timeout).
            target is HttpClient client
                ? client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                : target.SendAsync(request, cancellationToken);
    }
}
