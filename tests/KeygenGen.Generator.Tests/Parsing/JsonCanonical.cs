using System;
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

    private static string Format(JsonNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static string Format(JsonElement element)
    {
        var text = new StringBuilder();
        Append(text, element);
        return text.ToString();
    }

    // One builder for the whole value: the fuzz tests format thousands of large texts.
    private static void Append(StringBuilder text, JsonNode node)
    {
        switch (node)
        {
            case JsonObjectNode o:
                text.Append('{');
                for (var i = 0; i < o.Members.Count; i++)
                {
                    AppendSeparator(text, i);
                    AppendQuoted(text, o.Members[i].Key);
                    Append(text.Append(':'), o.Members[i].Value);
                }

                text.Append('}');
                break;
            case JsonArrayNode a:
                text.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    AppendSeparator(text, i);
                    Append(text, a.Items[i]);
                }

                text.Append(']');
                break;
            case JsonStringNode s:
                AppendQuoted(text, s.Value);
                break;
            case JsonNumberNode n:
                text.Append(n.RawText);
                break;
            default:
                text.Append(node.Kind.ToString().ToLowerInvariant());
                break;
        }
    }

    private static void Append(StringBuilder text, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var members = 0;
                foreach (var property in element.EnumerateObject())
                {
                    AppendSeparator(text, members++);
                    AppendQuoted(text, property.Name);
                    Append(text.Append(':'), property.Value);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var items = 0;
                foreach (var item in element.EnumerateArray())
                {
                    AppendSeparator(text, items++);
                    Append(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                AppendQuoted(text, element.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(element.GetRawText());
                break;
            default:
                text.Append(element.ValueKind.ToString().ToLowerInvariant());
                break;
        }
    }

    private static void AppendSeparator(StringBuilder text, int index)
    {
        if (index > 0)
        {
            text.Append(',');
        }
    }

    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                text.Append(c);
            }
            else
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        text.Append('"');
    }
}
