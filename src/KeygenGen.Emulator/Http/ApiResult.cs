using System.Text.Json.Nodes;

namespace Keygen.Emulator.Http;

/// <summary>What a handler answers: a status, an optional JSON:API document and, for creates, a <c>Location</c>.</summary>
internal sealed record ApiResult(int Status, JsonObject? Document, string? Location = null)
{
    public static ApiResult Ok(JsonObject document) => new(200, document);

    public static ApiResult Created(JsonObject document, string location) => new(201, document, location);

    public static ApiResult NoContent() => new(204, null);
}
