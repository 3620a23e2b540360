using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.Tests.Support;

/// <summary>A response as received: status, headers, the exact body bytes and, for a JSON body, the parsed JSON.</summary>
internal sealed class ApiResponse
{
    public ApiResponse(HttpResponseMessage message, byte[] body)
    {
        Message = message;
        Body = body;
        // Downloads (license files) are not JSON.
        var isJson = message.Content.Headers.ContentType?.MediaType?.EndsWith("json", System.StringComparison.Ordinal) != false;
        Json = body.Length == 0 || !isJson ? null : JsonNode.Parse(Encoding.UTF8.GetString(body));
    }

    public HttpResponseMessage Message { get; }

    public HttpStatusCode Status => Message.StatusCode;

    public int Code => (int)Message.StatusCode;

    public byte[] Body { get; }

    public JsonNode? Json { get; }

    public JsonNode Data => Json!["data"]!;

    public string Id => Data["id"]!.GetValue<string>();

    public JsonNode Attributes => Data["attributes"]!;

    public JsonNode FirstError => Json!["errors"]![0]!;

    public string? ErrorCode => FirstError["code"]?.GetValue<string>();

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) || Message.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public override string ToString() => $"{Code} {Encoding.UTF8.GetString(Body)}";
}
