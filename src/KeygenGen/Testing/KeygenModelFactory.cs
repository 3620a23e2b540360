using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// Builds the SDK's own result and error types for test doubles, which cannot be made with <c>new</c> because only a real
/// exchange produces them: a stub of a generated client returns <see cref="Response{T}"/> from its <c>…WithResponseAsync</c>
/// methods and throws <see cref="ApiException"/> to act out Keygen's refusals. Models (<c>License</c>, <c>Machine</c>, …) are
/// made with object initializers. Nothing here is sent anywhere.
/// </summary>
public static class KeygenModelFactory
{
    private const string TestUrl = "https://api.keygen.sh/v1/accounts/test";

    /// <summary>A response as if Keygen had sent it: status, JSON:API body and headers (e.g. <c>X-Request-Id</c>, <c>X-RateLimit-Remaining</c>).</summary>
    /// <param name="statusCode">The HTTP status, 100 to 599.</param>
    /// <param name="body">The body; none when null. Labelled <c>application/vnd.api+json</c> unless <paramref name="headers"/> gives a <c>Content-Type</c>.</param>
    /// <param name="headers">Response and content headers.</param>
    /// <param name="operationId">The operation it answers, e.g. <c>licenses.get</c>.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an HTTP status.</exception>
    /// <exception cref="ArgumentException">A header cannot be a response header.</exception>
    public static KeygenResponse Response(int statusCode = 200, string? body = null, IReadOnlyDictionary<string, string>? headers = null, string operationId = "test.call")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        byte[] bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        using var message = new HttpResponseMessage((HttpStatusCode)statusCode)
        {
            Content = new ByteArrayContent(bytes),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, TestUrl),
        };
        if (body is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", KeygenMediaTypes.JsonApi);
        }

        foreach (KeyValuePair<string, string> header in headers ?? new Dictionary<string, string>())
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content.Headers.Remove("Content-Type");
            }

            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value) && !message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                throw new ArgumentException($"'{header.Key}' cannot be a response header.", nameof(headers));
            }
        }

        return new KeygenResponse(message, bytes, TestUrl, operationId, TimeProvider.System.GetUtcNow());
    }

    /// <summary>A typed result with its response, as a <c>…WithResponseAsync</c> method returns it.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="value">The result.</param>
    /// <param name="response">Its response; a bare 200 when null.</param>
    /// <returns>The pair.</returns>
    public static KeygenResponse<T> Response<T>(T value, KeygenResponse? response = null) => new(value, response ?? Response());

    /// <summary>
    /// The exception a call throws when Keygen refuses it with <paramref name="code"/>, e.g. <c>MACHINE_LIMIT_EXCEEDED</c>:
    /// made from Keygen's error document by the same code that reads real ones, so its message, <c>Errors</c> and
    /// <c>HasCode</c> are as in production.
    /// </summary>
    /// <param name="statusCode">The error status, 400 to 599.</param>
    /// <param name="code">Keygen's error code.</param>
    /// <param name="detail">The error's detail.</param>
    /// <param name="title">The error's title.</param>
    /// <param name="operationId">The operation refused, e.g. <c>machines.create</c>.</param>
    /// <returns>The exception, to throw from a stub.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not an error status.</exception>
    public static KeygenApiException ApiException(int statusCode, string code, string? detail = null, string? title = null, string operationId = "test.call")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentNullException.ThrowIfNull(code);
        var document = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(document))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("title", title ?? ((HttpStatusCode)statusCode).ToString());
            writer.WriteString("detail", detail ?? code);
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        KeygenResponse response = Response(statusCode, Encoding.UTF8.GetString(document.WrittenSpan), operationId: operationId);
        return (KeygenApiException)KeygenResponseValidator.Check(response, KeygenMediaTypes.JsonApi, KeygenRedactor.ForValues(null))!;
    }

    /// <summary>The exception a call throws when Keygen cannot be reached, or (<paramref name="timeout"/>) does not answer in time.</summary>
    /// <param name="timeout">Whether the attempt timed out.</param>
    /// <returns>The exception, to throw from a stub.</returns>
    public static KeygenTransportException TransportException(bool timeout = false) => new(
        timeout ? "Keygen at api.keygen.sh did not answer in time (test double)." : "Could not connect to api.keygen.sh (test double).",
        timeout,
        null);
}
