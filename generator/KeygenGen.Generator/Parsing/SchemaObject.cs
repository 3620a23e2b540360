using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// A JSON object of the schema whose keys are known. Opening it reports every unknown key (KGEN0002);
/// reading a key reports a missing required key (KGEN0003) or a value of the wrong JSON type (KGEN0004).
/// A getter returns null whenever it reported something, so callers just skip the value.
/// </summary>
internal sealed class SchemaObject
{
    private readonly JsonObjectNode _node;
    private readonly TextSpan _ownerSpan;
    private readonly DiagnosticBag _diagnostics;

    private SchemaObject(JsonObjectNode node, string description, TextSpan ownerSpan, DiagnosticBag diagnostics)
    {
        _node = node;
        Description = description;
        _ownerSpan = ownerSpan;
        _diagnostics = diagnostics;
    }

    /// <summary>What the object is, for messages: <c>operation 'licenses.get'</c>, <c>enum 'LicenseStatus'</c>.</summary>
    public string Description { get; }

    public IReadOnlyList<JsonMember> Members => _node.Members;

    /// <param name="ownerSpan">Where a missing key is reported: the key that owns the object, or its opening brace.</param>
    public static SchemaObject Open(JsonObjectNode node, string description, TextSpan ownerSpan, IReadOnlyList<string> allowedKeys, DiagnosticBag diagnostics)
    {
        foreach (var member in node.Members)
        {
            if (!Contains(allowedKeys, member.Key))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownKey, member.KeySpan, MessageText.Quote(member.Key), description, string.Join(", ", allowedKeys));
            }
        }

        return new SchemaObject(node, description, ownerSpan, diagnostics);
    }

    /// <summary>Opens an array item or map value that must be an object; null (reported) when it is not.</summary>
    public static SchemaObject? OpenValue(JsonNode value, string name, string description, TextSpan ownerSpan, IReadOnlyList<string> allowedKeys, DiagnosticBag diagnostics)
        => Values.Expect<JsonObjectNode>(value, name, diagnostics) is { } node ? Open(node, description, ownerSpan, allowedKeys, diagnostics) : null;

    public JsonMember? Member(string key)
    {
        foreach (var member in _node.Members)
        {
            if (member.Key == key)
            {
                return member;
            }
        }

        return null;
    }

    public JsonStringNode? String(string key, bool required = false) => Get<JsonStringNode>(key, required);

    public JsonObjectNode? Object(string key, bool required = false) => Get<JsonObjectNode>(key, required);

    public JsonArrayNode? Array(string key, bool required = false) => Get<JsonArrayNode>(key, required);

    public JsonNumberNode? Number(string key) => Get<JsonNumberNode>(key, required: false);

    public bool? Bool(string key) => Member(key) is { } member ? Values.ExpectBool(member.Value, key, _diagnostics) : null;

    /// <summary>The member, or null after reporting KGEN0003 when it is absent.</summary>
    public JsonMember? Required(string key)
    {
        var member = Member(key);
        if (member is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingKey, _ownerSpan, Capitalize(Description), key);
        }

        return member;
    }

    private T? Get<T>(string key, bool required)
        where T : JsonNode
    {
        var member = required ? Required(key) : Member(key);
        return member is null ? null : Values.Expect<T>(member.Value, key, _diagnostics);
    }

    private static bool Contains(IReadOnlyList<string> keys, string key)
    {
        foreach (var candidate in keys)
        {
            if (candidate == key)
            {
                return true;
            }
        }

        return false;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
