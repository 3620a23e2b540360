using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.JsonApi;

/// <summary>Keygen's error document: <c>{ meta: { id: &lt;request id&gt; }, errors: [ { title, detail, code, source, links } ] }</c>.</summary>
internal static class ErrorDocuments
{
    /// <summary>The document for <paramref name="errors"/>; <paramref name="requestId"/> is null for middleware errors, which carry no <c>meta</c>.</summary>
    public static JsonObject Render(IReadOnlyList<ApiError> errors, string? requestId)
    {
        var document = new JsonObject();
        if (requestId is not null)
        {
            document["meta"] = new JsonObject { ["id"] = requestId };
        }

        document["errors"] = new JsonArray(errors.Select(e => (JsonNode?)Render(e)).ToArray());
        return document;
    }

    private static JsonObject Render(ApiError error)
    {
        var entry = new JsonObject { ["title"] = error.Title };
        if (error.Detail is not null)
        {
            entry["detail"] = error.Detail;
        }

        if (error.Code is not null)
        {
            entry["code"] = error.Code;
        }

        if (error.Source is not null)
        {
            entry["source"] = new JsonObject { [error.Source.Kind] = error.Source.Value };
        }

        if (error.About is not null)
        {
            entry["links"] = new JsonObject { ["about"] = error.About };
        }

        return entry;
    }
}
