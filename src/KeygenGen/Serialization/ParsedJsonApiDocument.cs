using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Keygen.Serialization;

/// <summary>
/// The top level of a JSON:API document (<c>data</c>, <c>meta</c>, <c>links</c>), read in one forward pass with a
/// generated reader per resource. Shared by response bodies (<see cref="JsonApiDocumentReader"/>) and webhook payloads,
/// which turn its exceptions (<see cref="ParsedJsonApiDocument.IsMalformed"/>) into their own typed errors.
/// </summary>
internal struct ParsedJsonApiDocument<T, TMeta>
{
    public bool HasData;
    public T? Single;
    public IReadOnlyList<T>? List;
    public bool HasMeta;
    public TMeta? Meta;
    public KeygenPageLinks Links;
    public long? TotalCount;
    public long? PageCount;

    /// <exception cref="JsonException">Not a document of this shape (also <see cref="InvalidOperationException"/>, <see cref="FormatException"/>).</exception>
    public static ParsedJsonApiDocument<T, TMeta> Parse(
        ReadOnlySpan<byte> body, JsonValueReader<T> readResource, JsonValueReader<TMeta>? readMeta, bool dataIsList)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        KeygenJson.Next(ref reader);
        KeygenJson.ExpectObject(ref reader);
        var document = new ParsedJsonApiDocument<T, TMeta> { Links = KeygenPageLinks.None };
        while (KeygenJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                KeygenJson.Next(ref reader);
                document.ReadData(ref reader, readResource, dataIsList);
            }
            else if (readMeta is not null && reader.ValueTextEquals("meta"u8))
            {
                KeygenJson.Next(ref reader);
                document.Meta = readMeta(ref reader);
                document.HasMeta = true;
            }
            else if (reader.ValueTextEquals("links"u8))
            {
                KeygenJson.Next(ref reader);
                document.ReadLinks(ref reader);
            }
            else
            {
                KeygenJson.Next(ref reader);
                reader.Skip();
            }
        }

        if (reader.Read())
        {
            throw new JsonException("Unexpected content after the end of the document.");
        }

        return document;
    }

    private void ReadData(ref Utf8JsonReader reader, JsonValueReader<T> readResource, bool dataIsList)
    {
        HasData = true;
        if (dataIsList)
        {
            List = KeygenJson.ReadList(ref reader, readResource);
        }
        else if (reader.TokenType != JsonTokenType.Null)
        {
            Single = readResource(ref reader);
        }
    }

    private void ReadLinks(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            Links = KeygenPageLinks.None;
            return;
        }

        KeygenJson.ExpectObject(ref reader);
        string? self = null, next = null, prev = null, first = null, last = null;
        while (KeygenJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            KeygenJson.Next(ref reader);
            if (name == "meta" && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadCounts(ref reader);
                continue;
            }

            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            switch (name)
            {
                case "self": self = value; break;
                case "next": next = value; break;
                case "prev": prev = value; break;
                case "first": first = value; break;
                case "last": last = value; break;
            }
        }

        Links = new KeygenPageLinks(self, next, prev, first, last);
    }

    /// <summary>
    /// An offset page's <c>links.meta</c>: <c>count</c> and <c>pages</c>. A member that is not a whole number is read as absent,
    /// as a link that is not a string is: counts Keygen may add or change never fail a list that was read.
    /// </summary>
    private void ReadCounts(ref Utf8JsonReader reader)
    {
        while (KeygenJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isCount = reader.ValueTextEquals("count"u8);
            var isPages = reader.ValueTextEquals("pages"u8);
            KeygenJson.Next(ref reader);
            long? number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var whole) ? whole : null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            if (isCount)
            {
                TotalCount = number;
            }
            else if (isPages)
            {
                PageCount = number;
            }
        }
    }
}

/// <summary>What the generic document reader shares with its callers.</summary>
internal static class ParsedJsonApiDocument
{
    private static readonly object s_skippedData = new();

    /// <summary>The exceptions a generated reader throws on a document of the wrong shape.</summary>
    public static bool IsMalformed(Exception exception) => exception is JsonException or InvalidOperationException or FormatException;

    /// <summary>A resource reader for documents whose <c>data</c> does not matter.</summary>
    public static object SkipData(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return s_skippedData;
    }
}
