using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Reads the body as JSON whatever the Content-Type (Keygen parses form and missing types as JSON too) and
/// normalises its keys to lowerCamelCase. Bad encodings and bad JSON are answered before any controller runs.
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

        if (buffer.Length == 0)
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
            throw Errors.BeforeControllerBadRequest("The request could not be completed because it contains an unexpected null byte (check encoding)", "ENCODING_INVALID");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return KeyCase.NormalizeKeys(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            throw Errors.BeforeControllerBadRequest("The request could not be completed because it contains invalid JSON (check formatting/encoding)", "JSON_INVALID");
        }
    }
}
