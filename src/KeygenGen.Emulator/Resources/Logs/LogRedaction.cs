using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>
/// What a log must never keep: credentials in headers, and secrets in bodies (passwords, one-time codes, token
/// values, TOTP secrets), replaced the way Rails' parameter filter does.
/// </summary>
internal static class LogRedaction
{
    public const string Filtered = "[FILTERED]";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "Set-Cookie" };

    private static readonly HashSet<string> SecretKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "newPassword", "oldPassword", "passwordResetToken", "otp", "token", "secret", "uri",
    };

    public static JsonObject Headers(IHeaderDictionary headers)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            copy[name.ToLowerInvariant()] = SecretHeaders.Contains(name) ? Filtered : value.ToString();
        }

        return copy;
    }

    /// <summary>A copy of <paramref name="node"/> with every secret value filtered, at any depth.</summary>
    public static JsonNode? Body(JsonNode? node)
    {
        var copy = node?.DeepClone();
        Filter(copy);
        return copy;
    }

    private static void Filter(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (SecretKeys.Contains(name) && obj[name] is JsonValue)
                    {
                        obj[name] = Filtered;
                    }
                    else
                    {
                        Filter(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Filter(item);
                }

                break;
        }
    }
}
