using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace KeygenGen.Licensing.Tests.Fuzzing;

/// <summary>How a signed document is corrupted before it is signed.</summary>
internal enum DatasetCorruption
{
    /// <summary>A signed time (<c>meta.issued</c>, <c>meta.expiry</c>, a license's <c>expiry</c>) at or past the edge of the calendar, or no time at all.</summary>
    TimeAtCalendarEdge,

    /// <summary><c>meta.ttl</c> beyond what any .NET type holds, negative, fractional or not a number.</summary>
    TtlBeyondTypes,

    /// <summary>A member replaced by a value of another kind.</summary>
    WrongValueKind,

    /// <summary>A member removed.</summary>
    MissingMember,

    /// <summary>Many included resources, very long strings, a large metadata object.</summary>
    HugeSize,

    /// <summary>Nesting near and beyond the readers' depth limit.</summary>
    DeepNesting,

    /// <summary>Invalid UTF-8, escaped lone surrogates and control characters inside strings.</summary>
    BrokenText,

    /// <summary>A member repeated with another value.</summary>
    DuplicateMember,

    /// <summary>Not JSON, truncated JSON, or JSON that is not an object.</summary>
    NotJson,
}

/// <summary>One corrupted document: what was done to it and its bytes, ready to be signed.</summary>
internal sealed record CorruptedDocument(int Seed, DatasetCorruption Corruption, string Change, byte[] Bytes)
{
    public override string ToString() => $"seed {Seed} ({Corruption}: {Change})";
}

/// <summary>
/// Corrupts a well-formed document in one way, chosen by the seed; <paramref name="paths"/> names the members worth
/// corrupting (the ones the SDK reads) and <paramref name="times"/> the signed times.
/// </summary>
internal sealed class DatasetMutator(Func<JsonObject> document, IReadOnlyList<string[]> paths, IReadOnlyList<string[]> times, string[]? ttl)
{
    public const string ReplayVariable = "KEYGEN_LICENSING_FUZZ_SEED";

    public static readonly DatasetCorruption[] Kinds = Enum.GetValues<DatasetCorruption>();

    private static readonly string[] s_edgeTimes =
    [
        "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00-14:00", "9999-12-31T23:59:59.9999999Z",
        "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59+14:00", "10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
        "2024-02-30T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:00:00+25:00", "1970-01-01T00:00:00Z",
        "2038-01-19T03:14:08Z", "", "now", "yesterday", "2024-01-01", "20240101T000000Z", "2024-01-01T00:00:00.12345678901234567890Z",
    ];

    private static readonly string[] s_values = ["0", "-1", "2.5", "1e400", "\"\"", "\"text\"", "true", "false", "null", "[]", "[1,\"a\"]", "{}", "{\"id\":1}"];

    private static readonly string[] s_ttls =
    [
        "0", "-1", "1", "2147483648", "9007199254740993", "922337203685", "922337203686", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "1e300", "1e400", "1.5", "-0", "\"3600\"", "null", "true", "[]", "{}",
    ];

    private static readonly byte[][] s_invalidUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80]];

    private static readonly string[] s_escapes = ["\\ud800", "a\\udc00b", "\\ud83d\\u0041", "\\u0000", "\\u001b[31m", "\\r\\nX-Injected: 1"];

    private const string Marker = "@@corrupt@@";

    public CorruptedDocument Create(int seed)
    {
        var random = new Random(seed);
        var corruption = Kinds[random.Next(Kinds.Length)];
        if (corruption == DatasetCorruption.TtlBeyondTypes && ttl is null)
        {
            corruption = DatasetCorruption.WrongValueKind;
        }

        var root = document();
        var (change, bytes) = corruption switch
        {
            DatasetCorruption.TimeAtCalendarEdge => Replace(root, Pick(random, times), Quote(Pick(random, s_edgeTimes))),
            DatasetCorruption.TtlBeyondTypes => Ttl(root, random),
            DatasetCorruption.WrongValueKind => Replace(root, Pick(random, paths), Pick(random, s_values)),
            DatasetCorruption.MissingMember => Remove(root, Pick(random, paths)),
            DatasetCorruption.HugeSize => Huge(root, random),
            DatasetCorruption.DeepNesting => Deep(root, random),
            DatasetCorruption.BrokenText => Broken(root, random),
            DatasetCorruption.DuplicateMember => Duplicate(root, random),
            _ => NotJson(root, random),
        };
        return new CorruptedDocument(seed, corruption, change, bytes);
    }

    private (string, byte[]) Ttl(JsonObject root, Random random)
    {
        // Without meta.expiry the TTL decides when the file expires.
        Remove(root, [ttl![0], "expiry"]);
        return Replace(root, ttl, Pick(random, s_ttls));
    }

    private static (string, byte[]) Replace(JsonObject root, string[] path, string json)
    {
        var (parent, name) = Parent(root, path);
        if (parent is null)
        {
            return ($"{Dotted(path)} is absent; nothing replaced", Bytes(root));
        }

        // Put a marker in, then the raw JSON text in place of the marker: the value may be one no JsonNode can hold (1e400).
        parent[name] = Marker;
        return ($"{Dotted(path)} = {Shorten(json)}", Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"" + Marker + "\"", json, StringComparison.Ordinal)));
    }

    private static (string, byte[]) Remove(JsonObject root, string[] path)
    {
        var (parent, name) = Parent(root, path);
        parent?.Remove(name);
        return ($"{Dotted(path)} removed", Bytes(root));
    }

    private (string, byte[]) Huge(JsonObject root, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                int count = 5_000;
                var included = root["included"] as JsonArray ?? [];
                root["included"] = included;
                for (int i = 0; i < count; i++)
                {
                    included.Add(new JsonObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["type"] = i % 2 == 0 ? "entitlements" : "policies", ["attributes"] = new JsonObject() });
                }

                return ($"{count} included resources", Bytes(root));
            case 1:
                int length = 256 * 1024;
                var path = Pick(random, paths);
                return Replace(root, path, Quote(new string('x', length))) with { Item1 = $"{Dotted(path)} is a {length}-character string" };
            default:
                var metadata = new JsonObject();
                for (int i = 0; i < 10_000; i++)
                {
                    metadata["k" + i] = i;
                }

                var (parent, _) = Parent(root, Pick(random, paths));
                (parent ?? root)["metadata"] = metadata;
                return ("a metadata object of 10,000 members", Bytes(root));
        }
    }

    private (string, byte[]) Deep(JsonObject root, Random random)
    {
        int depth = Pick(random, new[] { 60, 63, 64, 65, 100, 5_000 });
        string nested = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var path = Pick(random, paths);
        return Replace(root, path, nested) with { Item1 = $"{Dotted(path)} nested {depth} deep" };
    }

    private (string, byte[]) Broken(JsonObject root, Random random)
    {
        var path = Pick(random, paths.Concat(times).ToArray());
        var (parent, name) = Parent(root, path);
        if (parent is null)
        {
            return ($"{Dotted(path)} is absent; nothing broken", Bytes(root));
        }

        parent[name] = "ab" + Marker + "cd";
        byte[] text = Bytes(root);
        int at = IndexOf(text, Encoding.UTF8.GetBytes(Marker));
        bool raw = random.Next(2) == 0;
        byte[] insert = raw ? Pick(random, s_invalidUtf8) : Encoding.UTF8.GetBytes(Pick(random, s_escapes));
        byte[] result = [.. text[..at], .. insert, .. text[(at + Marker.Length)..]];
        return ($"{Dotted(path)} holds {(raw ? "invalid UTF-8 " + Convert.ToHexString(insert) : "the escape " + Encoding.UTF8.GetString(insert))}", result);
    }

    private (string, byte[]) Duplicate(JsonObject root, Random random)
    {
        var path = Pick(random, paths.Concat(times).ToArray());
        var (parent, name) = Parent(root, path);
        if (parent is null)
        {
            return ($"{Dotted(path)} is absent; nothing repeated", Bytes(root));
        }

        // A second member of the same name, after the first, with a value of another kind.
        parent[name + Marker] = "second";
        string text = root.ToJsonString().Replace(name + Marker, name, StringComparison.Ordinal);
        return ($"{Dotted(path)} appears twice", Encoding.UTF8.GetBytes(text));
    }

    private static (string, byte[]) NotJson(JsonObject root, Random random)
    {
        byte[] text = Bytes(root);
        return random.Next(5) switch
        {
            0 => ("truncated", text[..random.Next(text.Length)]),
            1 => ("empty", []),
            2 => ("a JSON array", Encoding.UTF8.GetBytes("[" + Encoding.UTF8.GetString(text) + "]")),
            3 => ("a JSON string", Encoding.UTF8.GetBytes("\"" + Convert.ToBase64String(text) + "\"")),
            _ => ("trailing content", [.. text, .. "{}"u8]),
        };
    }

    private static (JsonObject? Parent, string Name) Parent(JsonObject root, string[] path)
    {
        JsonNode? node = root;
        foreach (string step in path[..^1])
        {
            node = node is JsonObject o ? o[step] : node is JsonArray a && int.TryParse(step, out int i) && i < a.Count ? a[i] : null;
        }

        return (node as JsonObject, path[^1]);
    }

    private static byte[] Bytes(JsonObject root) => Encoding.UTF8.GetBytes(root.ToJsonString());

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private static string Quote(string text) => JsonValue.Create(text)!.ToJsonString();

    private static string Dotted(string[] path) => string.Join('.', path);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
