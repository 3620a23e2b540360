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

        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw Errors.BeforeControllerBadRequest("The request could not be completed because it contains an invalid byte sequence (check encoding)", "ENCODING_INVALID");
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
            parsed = JsonNode.Parse(EscapeControlCharacters(text));
        }
        catch (JsonException)
        {
            throw Errors.BeforeControllerBadRequest("The request could not be completed because it contains invalid JSON (check formatting/encoding)", "JSON_INVALID");
        }

        return KeyCase.NormalizeKeys(parsed);
    }

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

    private static ApiException NullByte() => Errors.BeforeControllerBadRequest(
        "The request could not be completed because it contains an unexpected null byte (check encoding)", "ENCODING_INVALID");

    /// <summary>
    /// Keygen's JSON decoder (Oj) takes raw control characters (e.g. a line break) inside strings, which strict JSON
    /// forbids; they are escaped here so the emulator reads such a body as Keygen does.
    /// </summary>
    private static string EscapeControlCharacters(string text)
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

    private static bool ContainsNullByte(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || ContainsNullByte(p.Value)),
        JsonArray array => array.Any(ContainsNullByte),
        JsonValue value when value.TryGetValue<string>(out var text) => text.Contains('\0', StringComparison.Ordinal),
        _ => false,
    };
}
