using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using KeygenGen.Generator.Parsing.Json;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>
/// One text form for a JSON value, computed from our reader's DOM or from System.Text.Json, so the two can be
/// compared: members in order, strings fully escaped, numbers as written. Null means "rejected".
/// </summary>
internal static class JsonCanonical
{
    /// <summary>Our reader's verdict; a repeated key counts as a rejection, as with <c>AllowDuplicateProperties = false</c>.</summary>
    public static string? FromOurs(string text)
    {
        var result = JsonReader.Read(text, default);
        return result.Root is null || result.DuplicateKeys.Count > 0 ? null : Format(result.Root);
    }

    /// <summary>System.Text.Json's verdict, with strict options (no comments, no trailing commas, no repeated keys, depth 64).</summary>
    public static string? FromSystemTextJson(string text)
    {
        var options = new JsonDocumentOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowDuplicateProperties = false,
            MaxDepth = 64,
        };
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(text), options);
            return Format(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // JsonDocument accepts an escaped lone surrogate ("\ud800") and only fails when the string is read.
            return null;
        }
    }

    private static string Format(JsonNode node) => node switch
    {
        JsonObjectNode o => "{" + string.Join(",", o.Members.Select(m => Quote(m.Key) + ":" + Format(m.Value))) + "}",
        JsonArrayNode a => "[" + string.Join(",", a.Items.Select(Format)) + "]",
        JsonStringNode s => Quote(s.Value),
        JsonNumberNode n => n.RawText,
        _ => node.Kind.ToString().ToLowerInvariant(),
    };

    private static string Format(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => Quote(p.Name) + ":" + Format(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Format)) + "]",
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => element.GetRawText(),
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Append('"').ToString();
    }
}
