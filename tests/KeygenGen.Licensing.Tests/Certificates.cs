using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace KeygenGen.Licensing.Tests;

/// <summary>Reads the fixture files and rewrites certificates to tamper with them, independently of the SDK's parser.</summary>
internal static class Certificates
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Decodes the armoured JSON, lets <paramref name="edit"/> change it, and armours it again under <paramref name="label"/>.</summary>
    public static string Rewrite(string certificate, Action<JsonObject> edit, string? label = null)
    {
        var lines = certificate.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var json = JsonNode.Parse(Convert.FromBase64String(string.Concat(lines[1..^1])))!.AsObject();
        edit(json);
        label ??= lines[0]["-----BEGIN ".Length..^"-----".Length];
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString()));
        var wrapped = string.Join('\n', Enumerable.Range(0, (body.Length + 59) / 60).Select(i => body.Substring(i * 60, Math.Min(60, body.Length - (i * 60)))));
        return $"-----BEGIN {label}-----\n{wrapped}\n-----END {label}-----\n";
    }

    /// <summary>Changes one base64 character of a field, keeping it valid base64.</summary>
    public static string FlipCharacter(string value, int index) =>
        value[..index] + (value[index] == 'A' ? 'B' : 'A') + value[(index + 1)..];
}
