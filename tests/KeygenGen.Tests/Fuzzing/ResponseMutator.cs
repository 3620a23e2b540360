using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Tests.Transport.Fixtures;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// Corrupts the operation's well-formed document in one way (see <see cref="ResponseCorruption"/>): at the byte level
/// (truncation, bit flips, invalid UTF-8), in its structure (wrong value types, missing or null members, repeated
/// members, numbers beyond any .NET type, nesting beyond any limit), or around it (status, content type, headers).
/// </summary>
internal static class ResponseMutator
{
    public static readonly ResponseCorruption[] Kinds = Enum.GetValues<ResponseCorruption>();

    private static readonly int[] s_errorStatuses = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

    private static readonly string[] s_values = ["0", "-1", "2.5", "\"\"", "\"text\"", "true", "false", "null", "[]", "[1,\"a\"]", "{}", "{\"id\":1}"];

    private static readonly string[] s_hugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "99999999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808",
        "1.5", "-0", "1E+2", "123456789012345678901234567890.5e-10",
    ];

    private static readonly byte[][] s_invalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0x80], [0xF0, 0x9F, 0x98],
    ];

    private static readonly string[] s_loneSurrogates = ["\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\\u0041\"", "\"\\udfff\\ud800\""];

    private static readonly string[] s_contentTypes =
    [
        "text/plain", "text/html; charset=utf-8", "application/xml", "application/octet-stream", "application/problem+xml",
        "application/vnd.api+json; charset=utf-8", "application/json", "application/vnd.api+json; charset=\"unterminated", "garbage", "*/*",
        "application/vnd.api+json; version=1.0; ext=\"https://jsonapi.org/ext/atomic\"", "",
    ];

    private static readonly string[] s_badLinks =
    [
        "/v1/accounts/acme/licenses?page[cursor]=" + new string('a', 70_000), "http://evil.example.com/v1/accounts/acme/licenses",
        "//evil.example.com/v1/accounts/acme/licenses", "/v1/accounts/acme/../other/licenses", "javascript:alert(1)", "", " ", "/\u0000x",
        "http://127.0.0.1:1/v1/accounts/acme/licenses", "/v1/accounts/acme/licenses?page[cursor]=%zz", "ftp://example.com/x", "http://[::1",
    ];

    /// <summary>Header values that do not parse, overflow, or point nowhere.</summary>
    private static readonly (string Name, string[] Values)[] s_badHeaders =
    [
        ("Location", ["http://[::1", "//", "\u0001x", "/" + new string('l', 70_000), "http://exa mple.com/", "ftp://x", "%zz", ":", "http://evil.example.com/x"]),
        ("Retry-After", ["-1", "abc", "99999999999", "Wed, 21 Oct 2099 07:28:00 GMT", "0", "1.5", "", "Thu, 01 Jan 1970 00:00:00 GMT"]),
        ("X-RateLimit-Limit", ["-5", "abc", "99999999999999999999", "1e3", " 7 "]),
        ("X-RateLimit-Remaining", ["-1", "\u00e9", "4294967296"]),
        ("X-RateLimit-Reset", ["99999999999999999999", "-1", "253402300800", "253402300799", "1.5"]),
        ("X-RateLimit-Window", [new string('w', 10_000), "\u0007"]),
        ("X-Request-Id", [new string('r', 10_000), "\u0007", "", "id\u00e9"]),
        ("Keygen-Signature", ["keyid=\"x\", algorithm=\"ed25519\", signature=\"!!\", headers=\"(request-target)\"", "garbage"]),
        ("Digest", ["sha-256=!!", "md5=x"]),
        ("Content-Encoding", ["gzip", "br", "deflate", "identity", "x-unknown"]),
    ];

    public static ResponseFuzzCase Create(int seed)
    {
        var random = new Random(seed);
        var operation = FuzzedOperation.All[random.Next(FuzzedOperation.All.Count)];
        var kind = Kinds[random.Next(Kinds.Length)];
        var (response, description) = Corrupt(kind, operation, random);
        var later = operation.FollowsLinks ? CannedResponse.Json(200, Encoding.UTF8.GetBytes(CannedDocuments.LastLicensePage)) : response;
        return new ResponseFuzzCase(seed, operation, kind, description, response, later);
    }

    private static (CannedResponse Response, string Description) Corrupt(ResponseCorruption kind, FuzzedOperation operation, Random random)
    {
        var status = operation.SuccessStatus;
        switch (kind)
        {
            case ResponseCorruption.EmptyBody:
                var empty = Pick(random, ["", "   \n", "null", "{}", "[]", "0", "\"\"", "{\"data\":"]);
                var emptyStatus = random.Next(3) == 0 ? 204 : status;
                return (CannedResponse.Json(emptyStatus, Encoding.UTF8.GetBytes(empty)), $"status {emptyStatus}, body {Show(empty)}");
            case ResponseCorruption.Html:
                var htmlStatus = Pick(random, [200, 201, 404, 500, 502, 503]);
                var htmlType = Pick(random, ["text/html; charset=utf-8", CannedResponse.JsonApi, null]);
                var html = $"<!DOCTYPE html><html><head><title>{htmlStatus}</title></head><body><h1>Bad Gateway</h1><pre>{operation.Document[..40]}</pre></body></html>";
                return (new CannedResponse(htmlStatus, htmlType, Encoding.UTF8.GetBytes(html), []), $"status {htmlStatus}, content type {htmlType ?? "(none)"}, an HTML page");
            case ResponseCorruption.WrongContentType:
                var contentType = Pick(random, s_contentTypes);
                return (new CannedResponse(status, contentType, Encoding.UTF8.GetBytes(operation.Document), []), $"content type {Show(contentType)}");
            case ResponseCorruption.CorruptHeaders:
                return CorruptHeaders(operation, random);
            case ResponseCorruption.ErrorStatus:
                return ErrorStatus(operation, random);
            case ResponseCorruption.CorruptErrorDocument:
                var errorStatus = Pick(random, s_errorStatuses);
                var inner = Pick(random, Kinds.Where(IsBodyCorruption).ToArray());
                var (errorBody, errorDescription) = CorruptBody(inner, CannedDocuments.Error, random);
                return (CannedResponse.Json(errorStatus, errorBody), $"status {errorStatus}, error document with {inner}: {errorDescription}");
            default:
                var (body, description) = CorruptBody(kind, operation.Document, random);
                return (CannedResponse.Json(status, body), description);
        }
    }

    /// <summary>The corruptions of a body alone, which also apply to an error document.</summary>
    private static bool IsBodyCorruption(ResponseCorruption kind) => kind is ResponseCorruption.Truncate or ResponseCorruption.FlipBits
        or ResponseCorruption.RandomBytes or ResponseCorruption.WrongValueType or ResponseCorruption.MissingMember or ResponseCorruption.NullMember
        or ResponseCorruption.WrongDataShape or ResponseCorruption.HugeNumber or ResponseCorruption.DeepNesting or ResponseCorruption.InvalidUtf8
        or ResponseCorruption.LoneSurrogate or ResponseCorruption.DuplicateMember or ResponseCorruption.CorruptLinks or ResponseCorruption.UnknownMembers;

    private static (byte[] Body, string Description) CorruptBody(ResponseCorruption kind, string document, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        switch (kind)
        {
            case ResponseCorruption.Truncate:
                var length = random.Next(bytes.Length);
                return (bytes[..length], $"the first {length} of {bytes.Length} bytes");
            case ResponseCorruption.FlipBits:
                var flips = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (At: random.Next(bytes.Length), Bit: random.Next(8))).ToList();
                foreach (var (at, bit) in flips)
                {
                    bytes[at] ^= (byte)(1 << bit);
                }

                return (bytes, "flipped " + string.Join(", ", flips.Select(f => $"bit {f.Bit} of byte {f.At}")));
            case ResponseCorruption.RandomBytes:
                var noise = new byte[random.Next(1, 600)];
                random.NextBytes(noise);
                return (noise, $"{noise.Length} random bytes");
        }

        var editor = new DocumentEditor(document);
        var description = EditDocument(kind, editor, random);
        return (editor.Render(), description);
    }

    private static string EditDocument(ResponseCorruption kind, DocumentEditor editor, Random random)
    {
        var slots = editor.Slots;
        var topLevel = slots.Where(s => s.Container == editor.Root && s.Key != "links").ToArray();
        switch (kind)
        {
            case ResponseCorruption.WrongValueType:
                var typed = PreferAttributes(slots, random);
                var kindBefore = typed.Value?.GetValueKind().ToString() ?? "Null";
                var replacement = Pick(random, s_values.Where(v => JsonNode.Parse(v)?.GetValueKind().ToString() is var k && (k ?? "Null") != kindBefore).ToArray());
                typed.Set(JsonNode.Parse(replacement));
                return $"{typed.Path} ({kindBefore}) is now {replacement}";
            case ResponseCorruption.MissingMember:
                var missing = Pick(random, topLevel);
                missing.Remove();
                return $"no {missing.Path}";
            case ResponseCorruption.NullMember:
                var nulled = random.Next(2) == 0 ? Pick(random, topLevel) : PreferAttributes(slots, random);
                nulled.Set(null);
                return $"{nulled.Path} is null";
            case ResponseCorruption.WrongDataShape:
                var data = editor.Find("$.data") ?? Pick(random, topLevel);
                var shape = Pick(random, ["[]", "[null]", "[[]]", "\"x\"", "1", "true", "{}", "{\"id\":1}", "{\"attributes\":[]}", "{\"relationships\":{\"policy\":[]}}"]);
                data.Set(JsonNode.Parse(shape));
                return $"{data.Path} is {shape}";
            case ResponseCorruption.HugeNumber:
                var numbers = slots.Where(s => s.Value?.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToArray();
                var number = numbers.Length > 0 && random.Next(4) > 0 ? Pick(random, numbers) : PreferAttributes(slots, random);
                var huge = Pick(random, s_hugeNumbers);
                number.Set(editor.Raw(huge));
                return $"{number.Path} is {huge}";
            case ResponseCorruption.DeepNesting:
                var nestedSlot = Pick(random, slots);
                var depth = Pick(random, [32, 62, 63, 64, 65, 100, 1000, 100_000]);
                var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
                nestedSlot.Set(editor.Raw(string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth))));
                return $"{nestedSlot.Path} is {depth} nested {(open == "[" ? "arrays" : "objects")}";
            case ResponseCorruption.InvalidUtf8:
                var text = PickString(slots, random);
                var invalid = Pick(random, s_invalidUtf8);
                text.Set(editor.Raw([(byte)'"', (byte)'a', .. invalid, (byte)'b', (byte)'"']));
                return $"{text.Path} holds the bytes {Convert.ToHexString(invalid)}";
            case ResponseCorruption.LoneSurrogate:
                var surrogate = Pick(random, s_loneSurrogates);
                if (random.Next(3) == 0 && slots.Select(s => s.Value).OfType<JsonObject>().ToArray() is { Length: > 0 } objects)
                {
                    var owner = Pick(random, objects);
                    owner[editor.RawKey(surrogate)] = 1;
                    return $"an object has the key {surrogate}";
                }

                var unpaired = PickString(slots, random);
                unpaired.Set(editor.Raw(surrogate));
                return $"{unpaired.Path} is {surrogate}";
            case ResponseCorruption.DuplicateMember:
                var members = slots.Where(s => s.Key is not null).ToArray();
                var member = random.Next(3) == 0 && editor.Find("$.data") is { } dataMember ? dataMember : Pick(random, members);
                var again = random.Next(2) == 0 ? member.Value?.DeepClone() : JsonNode.Parse(Pick(random, s_values));
                member.Container.AsObject()[editor.RawKey(System.Text.Json.JsonSerializer.Serialize(member.Key))] = again;
                return $"{member.Path} again, last, as {again?.ToJsonString() ?? "null"}";
            case ResponseCorruption.CorruptLinks:
                var links = slots.Where(s => s.Path.Contains("links", StringComparison.Ordinal) && s.Value is not JsonObject).ToArray();
                // Mostly links.next where there is one: it is the link the SDK follows.
                var link = editor.Find("$.links.next") is { } next && random.Next(4) > 0 ? next : Pick(random, links);
                var bad = random.Next(5) == 0 ? Pick(random, s_values) : System.Text.Json.JsonSerializer.Serialize(Pick(random, s_badLinks));
                link.Set(editor.Raw(bad));
                return $"{link.Path} is {Show(bad)}";
            case ResponseCorruption.UnknownMembers:
                var objectsToExtend = slots.Select(s => s.Value).OfType<JsonObject>().Append(editor.Root.AsObject()).ToArray();
                var added = random.Next(1, 6);
                for (var i = 0; i < added; i++)
                {
                    Pick(random, objectsToExtend)[$"futureMember{i}"] = JsonNode.Parse(Pick(random, [.. s_values, "{\"nested\":{\"deeper\":[1,{\"x\":null}]}}"]));
                }

                return $"{added} members no model knows";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a document corruption");
        }
    }

    private static (CannedResponse, string) CorruptHeaders(FuzzedOperation operation, Random random)
    {
        var headers = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => Pick(random, s_badHeaders))
            .Select(h => new KeyValuePair<string, string>(h.Name, Pick(random, h.Values)))
            .ToList();
        var status = random.Next(3) == 0 ? 429 : operation.SuccessStatus;
        var body = status == 429 ? CannedDocuments.Error : operation.Document;
        var described = string.Join(", ", headers.Select(h => $"{h.Key}: {Show(h.Value)}"));
        return (new CannedResponse(status, CannedResponse.JsonApi, Encoding.UTF8.GetBytes(body), headers), $"status {status}, {described}");
    }

    /// <summary>An error status, with an error document, the success document, an empty body, or an error that quotes the license key.</summary>
    private static (CannedResponse, string) ErrorStatus(FuzzedOperation operation, Random random)
    {
        var status = Pick(random, s_errorStatuses);
        var body = Pick(random,
        [
            CannedDocuments.Error, operation.Document, "", "{\"errors\":[]}", "{\"errors\":{}}", "{\"errors\":[1,null,\"x\"]}",
            $"{{\"errors\":[{{\"title\":\"Forbidden\",\"detail\":\"License key {Sentinels.LicenseKey} is banned\",\"code\":\"LICENSE_BANNED\"}}]}}",
        ]);
        var contentType = Pick(random, [CannedResponse.JsonApi, "application/json", null]);
        return (new CannedResponse(status, contentType, Encoding.UTF8.GetBytes(body), []), $"status {status}, content type {contentType ?? "(none)"}, body {Show(body)}");
    }

    /// <summary>Mostly an attribute or meta value (where typed reading happens), sometimes any value.</summary>
    private static DocumentEditor.Slot PreferAttributes(List<DocumentEditor.Slot> slots, Random random)
    {
        var typed = slots.Where(s => s.Path.Contains(".attributes.", StringComparison.Ordinal) || s.Path.StartsWith("$.meta.", StringComparison.Ordinal)).ToArray();
        return typed.Length > 0 && random.Next(4) > 0 ? Pick(random, typed) : Pick(random, slots);
    }

    private static DocumentEditor.Slot PickString(List<DocumentEditor.Slot> slots, Random random)
    {
        var strings = slots.Where(s => s.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String).ToArray();
        return strings.Length > 0 ? Pick(random, strings) : Pick(random, slots);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Show(string value) => value.Length > 60 ? $"{value[..60]}… ({value.Length} characters)" : value;
}
