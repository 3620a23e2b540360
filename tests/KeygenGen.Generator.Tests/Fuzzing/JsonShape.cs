using System.Collections.Generic;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// Where the pieces of a valid JSON text are, read with the generator's own reader (whose spans the differential
/// tests vouch for): every value, every object member and array item as a removable entry, every string. The
/// structural mutations edit the text at these spans, so the result stays close to a real schema file.
/// </summary>
internal sealed class JsonShape
{
    private JsonShape()
    {
    }

    public List<JsonNode> Values { get; } = [];

    public List<JsonStringNode> Strings { get; } = [];

    /// <summary>Every string, as a value or as a member key, with its quotes.</summary>
    public List<TextSpan> StringSpans { get; } = [];

    /// <summary>Object members and array items; <see cref="Entry.Span"/> covers a member's key and value.</summary>
    public List<Entry> Entries { get; } = [];

    /// <summary>The keys of <c>enums</c>, <c>objects</c> and <c>resources</c>: the declaration names of the file.</summary>
    public List<JsonMember> Declarations { get; } = [];

    /// <summary>The shape of <paramref name="text"/>, or null when it is not valid JSON.</summary>
    public static JsonShape? Of(string text)
    {
        var root = JsonReader.Read(text, default).Root;
        if (root is null)
        {
            return null;
        }

        var shape = new JsonShape();
        shape.Walk(root);
        if (root is JsonObjectNode file)
        {
            foreach (var section in file.Members)
            {
                if (section.Key is "enums" or "objects" or "resources" && section.Value is JsonObjectNode declarations)
                {
                    shape.Declarations.AddRange(declarations.Members);
                }
            }
        }

        return shape;
    }

    private void Walk(JsonNode node)
    {
        Values.Add(node);
        switch (node)
        {
            case JsonStringNode s:
                Strings.Add(s);
                StringSpans.Add(s.Span);
                break;
            case JsonObjectNode o:
                for (var i = 0; i < o.Members.Count; i++)
                {
                    var member = o.Members[i];
                    StringSpans.Add(member.KeySpan);
                    Entries.Add(new Entry(TextSpan.FromBounds(member.KeySpan.Start, member.Value.Span.End), Neighbours(o.Members, i, m => TextSpan.FromBounds(m.KeySpan.Start, m.Value.Span.End))));
                    Walk(member.Value);
                }

                break;
            case JsonArrayNode a:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    Entries.Add(new Entry(a.Items[i].Span, Neighbours(a.Items, i, item => item.Span)));
                    Walk(a.Items[i]);
                }

                break;
        }
    }

    /// <summary>
    /// What to cut to remove entry <paramref name="index"/> with one of its commas: up to the next entry, or from the
    /// previous one when it is the last.
    /// </summary>
    private static TextSpan Neighbours<T>(IReadOnlyList<T> entries, int index, System.Func<T, TextSpan> spanOf)
    {
        var span = spanOf(entries[index]);
        if (index + 1 < entries.Count)
        {
            return TextSpan.FromBounds(span.Start, spanOf(entries[index + 1]).Start);
        }

        return index > 0 ? TextSpan.FromBounds(spanOf(entries[index - 1]).End, span.End) : span;
    }

    /// <param name="Span">The member (key and value) or item.</param>
    /// <param name="Removal">What to cut to remove it and keep the container valid.</param>
    internal sealed record Entry(TextSpan Span, TextSpan Removal);
}
