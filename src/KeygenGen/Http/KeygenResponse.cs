using System;
using System.ComponentModel;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Keygen.Http;

/// <summary>
/// The raw result of one Keygen call: status, headers, the buffered body, request id and rate-limit state. Returned by
/// <see cref="KeygenClient.SendAsync(KeygenRequest, KeygenCallOptions?, System.Threading.CancellationToken)"/>, recorded by <see cref="KeygenResponseCapture"/> and carried by every <see cref="KeygenException"/>
/// that had a response. <see cref="RequestUri"/> is shown with secrets redacted.
/// </summary>
public sealed class KeygenResponse
{
    private byte[]? _pooledBody;
    private bool _retained;

    /// <summary>A response whose body was read by <see cref="KeygenResponseBody.ReadAsync"/>, possibly into a pooled buffer.</summary>
    internal static KeygenResponse Received(HttpResponseMessage message, KeygenResponseBody body, string requestUri, string operationId, DateTimeOffset receivedAt) =>
        new(message, body.Bytes, requestUri, operationId, receivedAt) { _pooledBody = body.PooledBuffer };

    internal KeygenResponse(HttpResponseMessage message, byte[] body, string requestUri, string operationId, DateTimeOffset receivedAt)
        : this(message, body.AsMemory(), requestUri, operationId, receivedAt)
    {
    }

    private KeygenResponse(HttpResponseMessage message, ReadOnlyMemory<byte> body, string requestUri, string operationId, DateTimeOffset receivedAt)
    {
        StatusCode = (int)message.StatusCode;
        ReasonPhrase = message.ReasonPhrase;
        Headers = message.Headers;
        ContentHeaders = message.Content.Headers;
        ContentType = message.Content.Headers.ContentType?.MediaType;
        Body = body;
        Method = message.RequestMessage?.Method.Method ?? string.Empty;
        RequestUri = requestUri;
        OperationId = operationId;
        RequestId = message.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        RateLimit = KeygenRateLimit.FromHeaders(message.Headers, receivedAt);
        // A Location that does not resolve against the request URL (e.g. "//") is no URL at all, so it counts as absent.
        Location = message.Headers.Location is { } location && message.RequestMessage?.RequestUri is { } sent
            ? (Uri.TryCreate(sent, location, out Uri? resolved) ? resolved : null)
            : message.Headers.Location;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP reason phrase, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccessStatusCode => StatusCode is >= 200 and <= 299;

    /// <summary>The response headers (e.g. <c>Keygen-Signature</c>, <c>Keygen-Environment</c>).</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The content headers, e.g. <c>Content-Type</c> and <c>Content-Disposition</c>.</summary>
    public HttpContentHeaders ContentHeaders { get; }

    /// <summary>The media type of the body without parameters, e.g. <c>application/vnd.api+json</c>.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// The whole response body, as received. A generated method that returns only a typed result reads it and then releases
    /// it (it reads as empty afterwards); its <c>…WithResponseAsync</c> twin keeps it (<see cref="KeygenResponse{T}"/>).
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Keygen's request id (<c>X-Request-Id</c>); quote it when contacting Keygen support.</summary>
    public string? RequestId { get; }

    /// <summary>The rate-limit state, when the response carried <c>X-RateLimit-*</c> or <c>Retry-After</c> headers.</summary>
    public KeygenRateLimit? RateLimit { get; }

    /// <summary>The <c>Location</c> header as an absolute URL (e.g. the artifact download URL of a 303), if any.</summary>
    public Uri? Location { get; }

    /// <summary>The request's HTTP method.</summary>
    public string Method { get; }

    /// <summary>The URL that was called, with credentials in it redacted.</summary>
    public string RequestUri { get; }

    /// <summary>The operation's id, e.g. <c>licenses.get</c>.</summary>
    public string OperationId { get; }

    /// <summary>The first value of a response or content header, or <see langword="null"/>.</summary>
    /// <param name="name">The header name, case-insensitive.</param>
    public string? GetHeader(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? values.FirstOrDefault() : null;

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyAsString() => Encoding.UTF8.GetString(Body.Span);

    /// <summary>
    /// Keeps the body for as long as this response lives, because someone other than the typed read holds the response
    /// (a <see cref="KeygenResponse{T}"/>, a capture). For generated code.
    /// </summary>
    /// <returns>This response.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public KeygenResponse RetainBody()
    {
        _retained = true;
        return this;
    }

    /// <summary>Gives a pooled body back once a typed read is done with it, unless it was retained; it then reads as empty.</summary>
    internal void ReleaseBody()
    {
        if (_pooledBody is { } buffer && !_retained)
        {
            _pooledBody = null;
            Body = ReadOnlyMemory<byte>.Empty;
            KeygenResponseBody.Return(buffer);
        }
    }

    /// <summary>Describes the response by status, request and request id; the body is never shown.</summary>
    public override string ToString() =>
        $"{StatusCode} {ReasonPhrase} for {Method} {RequestUri} ({OperationId}), request id {RequestId ?? "(none)"}";
}
