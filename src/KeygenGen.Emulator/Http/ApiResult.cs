using System.Text.Json.Nodes;

namespace Keygen.Emulator.Http;

/// <summary>
/// What a handler answers: a status, an optional JSON:API document and, for creates, a <c>Location</c>; or, for
/// downloads, a file (<see cref="Attachment"/>) sent as <c>application/octet-stream</c> instead of a document.
/// </summary>
internal sealed record ApiResult(int Status, JsonObject? Document, string? Location = null)
{
    public FileAttachment? Attachment { get; init; }

    public static ApiResult Ok(JsonObject document) => new(200, document);

    public static ApiResult Created(JsonObject document, string location) => new(201, document, location);

    public static ApiResult NoContent() => new(204, null);

    public static ApiResult File(string fileName, byte[] content) => new(200, null) { Attachment = new FileAttachment(fileName, content) };
}

/// <summary>A downloaded file: its bytes and the name given in <c>Content-Disposition</c>.</summary>
internal sealed record FileAttachment(string FileName, byte[] Content);
