using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing.Json;

// A tiny immutable DOM for schema files. It is an intermediate of the parser only (never a pipeline output),
// so it keeps spans instead of being equatable: every node and every member key knows where it is in the text.

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value and its span in the text (for strings, including the quotes).</summary>
internal abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    public abstract JsonKind Kind { get; }
}

/// <summary>A member of an object: its key (unescaped), the key's span (with quotes), and its value.</summary>
internal sealed class JsonMember
{
    public JsonMember(string key, TextSpan keySpan, JsonNode value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }

    public TextSpan KeySpan { get; }

    public JsonNode Value { get; }
}

/// <summary>An object with its members in document order. Keys are unique: the reader drops a repeated key.</summary>
internal sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(TextSpan span, IReadOnlyList<JsonMember> members)
        : base(span) => Members = members;

    public IReadOnlyList<JsonMember> Members { get; }

    public override JsonKind Kind => JsonKind.Object;
}

internal sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(TextSpan span, IReadOnlyList<JsonNode> items)
        : base(span) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override JsonKind Kind => JsonKind.Array;
}

/// <summary>A string, unescaped.</summary>
internal sealed class JsonStringNode : JsonNode
{
    public JsonStringNode(TextSpan span, string value)
        : base(span) => Value = value;

    public string Value { get; }

    public override JsonKind Kind => JsonKind.String;
}

/// <summary>A number, kept as its source text so that no precision or form is lost (e.g. <c>1e3</c>, <c>200</c>).</summary>
internal sealed class JsonNumberNode : JsonNode
{
    public JsonNumberNode(TextSpan span, string rawText)
        : base(span) => RawText = rawText;

    public string RawText { get; }

    public override JsonKind Kind => JsonKind.Number;
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteralNode : JsonNode
{
    public JsonLiteralNode(TextSpan span, JsonKind kind)
        : base(span) => Kind = kind;

    public override JsonKind Kind { get; }
}
