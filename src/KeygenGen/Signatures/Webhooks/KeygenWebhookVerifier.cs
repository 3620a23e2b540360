using System;

namespace Keygen.Signatures;

/// <summary>
/// Verifies an incoming Keygen webhook delivery (same signature scheme as responses, method <c>post</c>,
/// target and host of the endpoint URL) and parses the event. Thread-safe; reuse one instance.
/// </summary>
public sealed class KeygenWebhookVerifier
{
    private readonly KeygenSignatureVerifier _verifier;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The account's public keys.</param>
    /// <param name="options">Clock and drift; the defaults allow 5 minutes, so a replayed delivery is rejected.</param>
    public KeygenWebhookVerifier(KeygenPublicKeys keys, KeygenVerificationOptions? options = null)
    {
        _verifier = new KeygenSignatureVerifier(keys, options);
    }

    /// <summary>Verifies a delivery as your server received it, then parses it.</summary>
    /// <param name="request">Method, path and query, host, signing headers and raw body of the received request.</param>
    /// <exception cref="KeygenSignatureException">The delivery is forged, altered, replayed or not an event.</exception>
    public KeygenWebhookEvent Verify(SignedHttpMessage request)
    {
        _verifier.Verify(request);
        return KeygenWebhookEvent.Parse(request.Body.Span);
    }

    /// <summary>Verifies and parses a delivery as your server received it, without throwing: the event, or why it was refused.</summary>
    /// <param name="request">Method, path and query, host, signing headers and raw body of the received request.</param>
    /// <returns>The event when the delivery is authentic, unaltered, fresh and an event; otherwise the reason.</returns>
    public VerificationResult<KeygenWebhookEvent> TryVerify(SignedHttpMessage request)
    {
        var signature = _verifier.TryVerify(request);
        return signature.IsValid
            ? VerificationResult<KeygenWebhookEvent>.Of(() => KeygenWebhookEvent.Parse(request.Body.Span))
            : VerificationResult<KeygenWebhookEvent>.Refused(signature.Exception);
    }

    /// <summary>
    /// Verifies a delivery against the endpoint URL registered with Keygen, which is what Keygen signed. Use this
    /// behind a reverse proxy, where the path or host your server sees may differ from the public URL.
    /// </summary>
    /// <param name="endpointUrl">The webhook endpoint's URL as registered.</param>
    /// <param name="getHeader">Returns a request header's value by case-insensitive name, or null when absent.</param>
    /// <param name="body">The raw request body.</param>
    /// <exception cref="KeygenSignatureException">The delivery is forged, altered, replayed or not an event.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpointUrl"/> is not an absolute URL.</exception>
    public KeygenWebhookEvent Verify(Uri endpointUrl, Func<string, string?> getHeader, ReadOnlyMemory<byte> body) =>
        Verify(Delivery(endpointUrl, getHeader, body));

    /// <summary>
    /// Verifies and parses a delivery against the endpoint URL registered with Keygen, without throwing: the event, or why it
    /// was refused. Use this behind a reverse proxy, where the path or host your server sees may differ from the public URL.
    /// </summary>
    /// <param name="endpointUrl">The webhook endpoint's URL as registered.</param>
    /// <param name="getHeader">Returns a request header's value by case-insensitive name, or null when absent.</param>
    /// <param name="body">The raw request body.</param>
    /// <returns>The event when the delivery is authentic, unaltered, fresh and an event; otherwise the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointUrl"/> is not an absolute URL: a mistake in the caller's code, not in the delivery.</exception>
    public VerificationResult<KeygenWebhookEvent> TryVerify(Uri endpointUrl, Func<string, string?> getHeader, ReadOnlyMemory<byte> body) =>
        TryVerify(Delivery(endpointUrl, getHeader, body));

    /// <summary>The delivery as Keygen signed it: a POST to the registered URL's path, query and host.</summary>
    private static SignedHttpMessage Delivery(Uri endpointUrl, Func<string, string?> getHeader, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(endpointUrl);
        if (!endpointUrl.IsAbsoluteUri)
        {
            // A relative URL has no host, and Keygen signs the host. The URL is not quoted: some carry a secret in their query.
            throw new ArgumentException("The webhook endpoint URL must be absolute, as registered with Keygen (e.g. https://example.com/webhooks).", nameof(endpointUrl));
        }

        return new SignedHttpMessage("POST", endpointUrl.PathAndQuery, endpointUrl.IdnHost, SignatureHeaders.FromLookup(getHeader), body);
    }
}
