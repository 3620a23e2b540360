using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Reads the body as JSON when Keygen would parse it (a JSON type, and, by its DefaultContentType middleware, a missing,
/// form or plain-text type) and normalises its keys to lowerCamelCase; any other type (a binary upload) is not read.
/// Bad encodings and bad JSON are answered before any controller runs.
/// </summary>
internal static class RequestBody
{
    private const int MaxBytes = 16 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        if (buffer.Length > MaxBytes)
        {
            throw Errors.BeforeControllerBadRequest("The request could not be completed because the body is too large", "PARAMETERS_INVALID");
        }

        if (buffer.Length == 0 || !ParsedAsJson(request))
        {
            return null;
        }

        // Keygen's JSON decoder (Oj) refuses a body that is not UTF-8 as invalid JSON.
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw InvalidJson();
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw NullByte();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonNode? parsed;
        try
        {
            using var document = ParseAsKeygen(text);
            parsed = ToNode(document.RootElement);
        }
        catch (JsonException)
        {
            throw InvalidJson();
        }

        return KeyCase.NormalizeKeys(parsed);
    }

    /// <summary>
    /// The body's text as Keygen's JSON decoder (Oj) reads it: comments skipped, raw control characters in strings taken
    /// (see <see cref="AsOjReadsIt"/>). Throws a <see cref="JsonException"/> for what Oj refuses too, or the 400
    /// <see cref="ApiException"/> Keygen answers for an escaped UTF-16 surrogate without its pair.
    /// </summary>
    internal static JsonDocument ParseAsKeygen(string text) =>
        JsonDocument.Parse(AsOjReadsIt(text), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>The parsed value as nodes; of a key given twice the last value wins, as in Oj (a JsonObject would refuse it).</summary>
    private static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new JsonObject(), (obj, property) =>
        {
            obj[property.Name] = ToNode(property.Value);
            return obj;
        }),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(ToNode).ToArray()),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(element.Clone()),
    };

    /// <summary>Keygen's DefaultContentType middleware, then Rails' JSON parameter parsers.</summary>
    private static bool ParsedAsJson(HttpRequest request)
    {
        // electron-builder (before 24.6.3) uploads API 1.0 artifacts as binary under a JSON type.
        if (request.Method == HttpMethods.Put && request.Path.Value?.EndsWith("/artifact", StringComparison.Ordinal) == true
            && request.Headers.UserAgent.ToString().StartsWith("electron-builder", StringComparison.Ordinal))
        {
            return false;
        }

        var type = request.ContentType?.Split(';', ',')[0].Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(type)
            || type is "application/x-www-form-urlencoded" or "multipart/form-data" or "text/plain"
            || type.EndsWith("/json", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal);
    }

    /// <summary>
    /// An escaped <c>"\u0000"</c> parses fine, but Keygen cannot store a string holding a null byte and answers 400 once
    /// the request reached its account (so it is logged); the pipeline checks this after the account lookup.
    /// </summary>
    public static void RejectNullBytes(JsonNode? body)
    {
        if (ContainsNullByte(body))
        {
            throw NullByte();
        }
    }

    private static ApiException InvalidJson() => Errors.BeforeControllerBadRequest(
        "The request could not be completed because it contains invalid JSON (check formatting/encoding)", "JSON_INVALID");

    private static ApiException NullByte() => Errors.BeforeControllerBadRequest(
        "The request could not be completed because it contains an unexpected null byte (check encoding)", "ENCODING_INVALID");

    /// <summary>
    /// Keygen's JSON decoder (Oj) is laxer than strict JSON inside strings, and stricter on one point: it takes raw control
    /// characters (e.g. a line break), which are escaped here, and an unknown escape such as <c>\x</c> as the character
    /// itself (<c>"ro\le"</c> is <c>"role"</c>), but refuses an escaped UTF-16 surrogate without its pair. (Comments,
    /// which it skips, are skipped by the parser.)
    /// </summary>
    private static string AsOjReadsIt(string text)
    {
        StringBuilder? escaped = null;
        var inString = false;
        var escaping = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inString)
            {
                inString = c == '"';
            }
            else if (escaping)
            {
                escaping = false;
                if (c == 'u' && LoneSurrogateAt(text, i + 1))
                {
                    throw InvalidJson();
                }

                if ("\"\\/bfnrtu".IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    // Keep the character without its backslash: drop the one copied, or copy the text before it.
                    if (escaped is null)
                    {
                        escaped = new StringBuilder(text.Length).Append(text, 0, i - 1);
                    }
                    else
                    {
                        escaped.Length--;
                    }
                }
            }
            else if (c == '\\')
            {
                escaping = true;
            }
            else if (c == '"')
            {
                inString = false;
            }
            else if (c < ' ')
            {
                escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                escaped.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            escaped?.Append(c);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>Whether the four hex digits at <paramref name="start"/> name a surrogate not paired by the next escape.</summary>
    private static bool LoneSurrogateAt(string text, int start)
    {
        if (!TryHex(text, start, out var unit) || !char.IsSurrogate((char)unit))
        {
            return false;
        }

        var paired = char.IsHighSurrogate((char)unit)
            ? text.Length > start + 5 && text[start + 4] == '\\' && text[start + 5] == 'u' && TryHex(text, start + 6, out var next) && char.IsLowSurrogate((char)next)
            : start >= 8 && text[start - 8] == '\\' && text[start - 7] == 'u' && TryHex(text, start - 6, out var previous) && char.IsHighSurrogate((char)previous);
        return !paired;
    }

    private static bool TryHex(string text, int start, out int value)
    {
        value = 0;
        return text.Length >= start + 4
            && int.TryParse(text.AsSpan(start, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool ContainsNullByte(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || ContainsNullByte(p.Value)),
        JsonArray array => array.Any(ContainsNullByte),
        JsonValue value when value.TryGetValue<string>(out var text) => text.Contains('\0', StringComparison.Ordinal),
        _ => false,
    };
}
