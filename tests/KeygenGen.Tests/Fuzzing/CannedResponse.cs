using System.Collections.Generic;
using System.Net;
using System.Net.Http;

namespace Keygen.Tests.Fuzzing;

/// <summary>A response exactly as the fuzzer wants it on the wire, header values and body bytes unchecked.</summary>
/// <param name="ContentType">The raw <c>Content-Type</c> value, or null to send none.</param>
internal sealed record CannedResponse(int Status, string? ContentType, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public const string JsonApi = "application/vnd.api+json";

    public static CannedResponse Json(int status, byte[] body) => new(status, JsonApi, body, []);

    public HttpResponseMessage ToMessage(HttpRequestMessage request)
    {
        var message = new HttpResponseMessage((HttpStatusCode)Status) { RequestMessage = request, Content = new ByteArrayContent(Body) };
        if (ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        foreach (var header in Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }
}
