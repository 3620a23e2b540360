using System;
using System.ComponentModel;
using System.Text.Json;
using Keygen.Http;

namespace Keygen.Serialization;

/// <summary>
/// Reads the top level of a JSON:API response document (<c>data</c>, <c>meta</c>, <c>links</c>) in one forward
/// pass, handing each resource to a generated reader. Anything that is not the document promised (an empty
/// body, invalid or truncated JSON, a value of the wrong kind, a missing <c>data</c>) becomes a
/// <see cref="KeygenMalformedResponseException"/>: never a raw <see cref="JsonException"/> or a null that looks
/// like success. A successful read releases the response's body (<see cref="KeygenResponse.Body"/> then reads as empty): it is
/// meant for generated clients, which are done with the bytes once the document is read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonApiDocumentReader
{
    /// <summary>Reads a document whose <c>data</c> is one resource.</summary>
    public static T ReadData<T>(KeygenResponse response, JsonValueReader<T> readResource)
        where T : class
        => ReadNullableData(response, readResource)
           ?? throw Malformed(response, "The response's \"data\" is null, but a resource was expected.");

    /// <summary>Reads a document whose <c>data</c> is one resource or <c>null</c>.</summary>
    public static T? ReadNullableData<T>(KeygenResponse response, JsonValueReader<T> readResource)
        where T : class
    {
        var document = Read<T, object>(response, readResource, readMeta: null, dataIsList: false);
        return document.HasData ? document.Single : throw Malformed(response, "The response has no \"data\".");
    }

    /// <summary>Reads a document whose <c>data</c> is an array of resources, with its paging links and counts.</summary>
    public static KeygenPage<T> ReadPage<T>(KeygenResponse response, JsonValueReader<T> readResource)
    {
        var document = Read<T, object>(response, readResource, readMeta: null, dataIsList: true);
        return document.HasData
            ? new KeygenPage<T>(document.List!, document.Links, document.TotalCount, document.PageCount)
            : throw Malformed(response, "The response has no \"data\" array.");
    }

    /// <summary>
    /// Reads a redirect-style answer: the resource in <c>data</c> and the <c>Location</c>, which a 303 or 307 must carry (a
    /// 200, as with <c>Prefer: no-download</c> or an artifact not uploaded yet, may not).
    /// </summary>
    public static KeygenRedirect<T> ReadRedirect<T>(KeygenResponse response, JsonValueReader<T> readResource)
        where T : class
    {
        var location = response.Location;
        if (location is null && response.StatusCode is >= 300 and <= 399)
        {
            throw Malformed(response, $"Keygen answered {response.StatusCode} without a Location header.");
        }

        return new KeygenRedirect<T>(ReadData(response, readResource), location);
    }

    /// <summary>Reads a document whose result is in <c>meta</c>, with its (possibly null) primary <c>data</c>.</summary>
    public static (T? Data, TMeta Meta) ReadDataAndMeta<T, TMeta>(
        KeygenResponse response, JsonValueReader<T> readResource, JsonValueReader<TMeta> readMeta)
        where T : class
    {
        var document = Read(response, readResource, readMeta, dataIsList: false);
        return document.HasMeta
            ? (document.Single, document.Meta!)
            : throw Malformed(response, "The response has no \"meta\", which holds this operation's result.");
    }

    /// <summary>Reads a document whose only result is its <c>meta</c>.</summary>
    public static TMeta ReadMeta<TMeta>(KeygenResponse response, JsonValueReader<TMeta> readMeta)
        => ReadDataAndMeta<object, TMeta>(response, ParsedJsonApiDocument.SkipData, readMeta).Meta;

    private static ParsedJsonApiDocument<T, TMeta> Read<T, TMeta>(
        KeygenResponse response, JsonValueReader<T> readResource, JsonValueReader<TMeta>? readMeta, bool dataIsList)
    {
        if (response.Body.IsEmpty)
        {
            throw Malformed(response, "The response body is empty, but a JSON:API document was expected.");
        }

        try
        {
            var document = ParsedJsonApiDocument<T, TMeta>.Parse(response.Body.Span, readResource, readMeta, dataIsList);

            // Only on success: a malformed body travels on in the exception.
            response.ReleaseBody();
            return document;
        }
        catch (Exception exception) when (ParsedJsonApiDocument.IsMalformed(exception))
        {
            throw Malformed(response, "The response is not a valid JSON:API document: " + exception.Message, exception);
        }
    }

    private static KeygenMalformedResponseException Malformed(KeygenResponse response, string message, Exception? inner = null)
        => new(message, response, inner);
}
