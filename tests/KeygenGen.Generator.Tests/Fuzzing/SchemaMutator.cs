using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Tests.Fuzzing;

internal enum MutationKind
{
    FlipBit,
    Truncate,
    InsertToken,
    DeleteEntry,
    DuplicateEntry,
    WrongType,
    HugeString,
    DeepNesting,
    SwapValues,
    RenameReference,
    RenameDeclaration,
}

/// <summary>
/// One random edit of a schema text, described so that a failure can be read and replayed. Byte flips, truncations
/// and inserted tokens work on any text; the other kinds edit a valid JSON text at the spans of its values,
/// members and declaration names, and fall back to a byte flip when the text has nothing they can edit.
/// </summary>
internal static class SchemaMutator
{
    public static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private static readonly Encoding s_lenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] s_tokens =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"k\": 1,", "0", "-", ".", "e", "true", "nul", "\\", "\\u", "\\ud800", "/*", "'", "\t", "\u00e9", "\u2028", "\0",
    ];

    /// <summary>Values of every JSON kind, including numbers that do not fit an <see cref="int"/> or a <see cref="double"/>.</summary>
    private static readonly (string Text, JsonKind Kind)[] s_replacements =
    [
        ("0", JsonKind.Number), ("-1", JsonKind.Number), ("2.5e3", JsonKind.Number), ("1e400", JsonKind.Number),
        ("123456789012345678901234567890", JsonKind.Number), ("\"\"", JsonKind.String), ("\"text\"", JsonKind.String),
        ("\"GET\"", JsonKind.String), ("true", JsonKind.True), ("false", JsonKind.False), ("null", JsonKind.Null),
        ("[]", JsonKind.Array), ("[1, \"a\", null]", JsonKind.Array), ("{}", JsonKind.Object), ("{ \"k\": 1 }", JsonKind.Object),
    ];

    /// <returns>The mutated text, the kind applied (a byte flip when <paramref name="kind"/> found nothing to edit), and what was done.</returns>
    public static (string Text, MutationKind Applied, string Description) Apply(MutationKind kind, string text, IReadOnlyList<string> declarationNames, Random random)
    {
        var shape = kind is MutationKind.FlipBit or MutationKind.Truncate or MutationKind.InsertToken ? null : JsonShape.Of(text);
        var positions = new TextPositions(text);
        var edit = kind switch
        {
            MutationKind.Truncate => Truncate(text, positions, random),
            MutationKind.InsertToken => InsertToken(text, positions, random),
            MutationKind.DeleteEntry => DeleteEntry(shape, positions, random),
            MutationKind.DuplicateEntry => DuplicateEntry(text, shape, positions, random),
            MutationKind.WrongType => WrongType(shape, positions, random),
            MutationKind.HugeString => HugeString(shape, positions, random),
            MutationKind.DeepNesting => DeepNesting(shape, positions, random),
            MutationKind.SwapValues => SwapValues(text, shape, positions, random),
            MutationKind.RenameReference => RenameReference(shape, declarationNames, positions, random),
            MutationKind.RenameDeclaration => RenameDeclaration(shape, declarationNames, positions, random),
            _ => null,
        };

        if (edit is null)
        {
            var (flipped, description) = FlipBit(text, random);
            return (flipped, MutationKind.FlipBit, description);
        }

        return (edit.Value.Apply(text), kind, $"{kind}: {edit.Value.Description}");
    }

    private static (string Text, string Description) FlipBit(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return ("\u00ff", "FlipBit: the text is empty; use \"\\u00ff\"");
        }

        var at = random.Next(bytes.Length);
        var bit = random.Next(8);
        var before = bytes[at];
        bytes[at] ^= (byte)(1 << bit);

        // The compiler decodes AdditionalFiles leniently too: an invalid UTF-8 sequence becomes U+FFFD.
        return (s_lenientUtf8.GetString(bytes), $"FlipBit: bit {bit} of byte {at} (0x{before:X2} -> 0x{bytes[at]:X2})");
    }

    private static Edit? Truncate(string text, TextPositions positions, Random random)
    {
        var length = random.Next(text.Length);
        return new Edit(TextSpan.FromBounds(length, text.Length), string.Empty, $"keep the first {length} of {text.Length} characters, up to {positions.Describe(length)}");
    }

    private static Edit? InsertToken(string text, TextPositions positions, Random random)
    {
        var at = random.Next(text.Length + 1);
        var token = Pick(random, s_tokens);
        return new Edit(new TextSpan(at, 0), token, $"insert {Show(token)} at {positions.Describe(at)}");
    }

    private static Edit? DeleteEntry(JsonShape? shape, TextPositions positions, Random random)
        => shape is { Entries.Count: > 0 } && Pick(random, shape.Entries) is var entry
            ? new Edit(entry.Removal, string.Empty, $"delete the member or item at {positions.Describe(entry.Span.Start)}")
            : null;

    /// <summary>Repeats a member (a repeated key) or an array item (a repeated enum value, operation, …).</summary>
    private static Edit? DuplicateEntry(string text, JsonShape? shape, TextPositions positions, Random random)
        => shape is { Entries.Count: > 0 } && Pick(random, shape.Entries) is var entry
            ? new Edit(new TextSpan(entry.Span.Start, 0), text.Substring(entry.Span.Start, entry.Span.Length) + ", ", $"repeat the member or item at {positions.Describe(entry.Span.Start)}")
            : null;

    private static Edit? WrongType(JsonShape? shape, TextPositions positions, Random random)
    {
        if (shape is null)
        {
            return null;
        }

        var value = Pick(random, shape.Values);
        var replacements = s_replacements.Where(r => r.Kind != value.Kind).ToArray();
        var replacement = Pick(random, replacements).Text;
        return new Edit(value.Span, replacement, $"replace the {value.Kind} at {positions.Describe(value.Span.Start)} with {replacement}");
    }

    /// <summary>
    /// A string or key of 1k to 128k characters (as many short as long ones): a long identifier, prose, or escapes
    /// (some of them surrogate pairs).
    /// </summary>
    private static Edit? HugeString(JsonShape? shape, TextPositions positions, Random random)
    {
        if (shape is not { StringSpans.Count: > 0 })
        {
            return null;
        }

        var target = Pick(random, shape.StringSpans);
        var length = 1 << random.Next(10, 17);
        length += random.Next(length);
        string[] units = ["Ab", "word ", "\\u00e9", "\\ud83d\\ude00", "\\n\\t"];
        var unit = Pick(random, units);
        var content = new StringBuilder(length + 8).Append('A');
        while (content.Length < length)
        {
            content.Append(unit);
        }

        return new Edit(target, "\"" + content + "\"", $"replace the string at {positions.Describe(target.Start)} with {content.Length} characters of {Show(unit)}");
    }

    /// <summary>Nested arrays or objects around the 64-level limit (the value itself may already be nested).</summary>
    private static Edit? DeepNesting(JsonShape? shape, TextPositions positions, Random random)
    {
        if (shape is null)
        {
            return null;
        }

        var value = Pick(random, shape.Values);
        var depth = random.Next(50, 80);
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\": ", "}");
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return new Edit(value.Span, nested, $"replace the {value.Kind} at {positions.Describe(value.Span.Start)} with {depth} nested {(open == "[" ? "arrays" : "objects")}");
    }

    private static Edit? SwapValues(string text, JsonShape? shape, TextPositions positions, Random random)
    {
        if (shape is not { Values.Count: > 2 })
        {
            return null;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var first = Pick(random, shape.Values);
            var second = Pick(random, shape.Values);
            if (first.Span.End <= second.Span.Start)
            {
                return Swap(text, first.Span, second.Span, positions);
            }

            if (second.Span.End <= first.Span.Start)
            {
                return Swap(text, second.Span, first.Span, positions);
            }
        }

        return null;
    }

    private static Edit Swap(string text, TextSpan earlier, TextSpan later, TextPositions positions)
    {
        var between = text.Substring(earlier.End, later.Start - earlier.End);
        var swapped = text.Substring(later.Start, later.Length) + between + text.Substring(earlier.Start, earlier.Length);
        return new Edit(TextSpan.FromBounds(earlier.Start, later.End), swapped, $"swap the values at {positions.Describe(earlier.Start)} and {positions.Describe(later.Start)}");
    }

    /// <summary>A string that names a declaration (<c>"Policy"</c>, <c>"ValidationCode[]"</c>) now names another one, or a misspelling.</summary>
    private static Edit? RenameReference(JsonShape? shape, IReadOnlyList<string> declarationNames, TextPositions positions, Random random)
    {
        var names = new HashSet<string>(declarationNames, StringComparer.Ordinal);
        var references = shape?.Strings.Where(s => names.Contains(s.Value.Replace("[]", string.Empty))).ToArray();
        if (references is not { Length: > 0 })
        {
            return null;
        }

        var reference = Pick(random, references);
        var renamed = Rename(reference.Value, declarationNames, random);
        return new Edit(reference.Span, Quote(renamed), $"rename the reference {Show(reference.Value)} at {positions.Describe(reference.Span.Start)} to {Show(renamed)}");
    }

    private static Edit? RenameDeclaration(JsonShape? shape, IReadOnlyList<string> declarationNames, TextPositions positions, Random random)
    {
        if (shape is not { Declarations.Count: > 0 })
        {
            return null;
        }

        var declaration = Pick(random, shape.Declarations);
        var renamed = Rename(declaration.Key, declarationNames, random);
        return new Edit(declaration.KeySpan, Quote(renamed), $"rename the declaration {Show(declaration.Key)} at {positions.Describe(declaration.KeySpan.Start)} to {Show(renamed)}");
    }

    /// <summary>Another declared name (often of another kind), or a near miss: an unknown, lowercase, empty or array name.</summary>
    private static string Rename(string name, IReadOnlyList<string> declarationNames, Random random) => random.Next(6) switch
    {
        0 or 1 => Pick(random, declarationNames),
        2 => name + "X",
        3 when name.Length > 0 => char.ToLowerInvariant(name[0]) + name.Substring(1),
        3 or 4 => name.EndsWith("[]", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name + "[]",
        _ => string.Empty,
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>A short, printable form of a token or name for descriptions.</summary>
    private static string Show(string value)
    {
        var quoted = Quote(value);
        return quoted.Length > 40 ? quoted.Substring(0, 40) + "…" : quoted;
    }

    /// <summary>Replace <see cref="Span"/> with <see cref="Replacement"/>.</summary>
    private readonly record struct Edit(TextSpan Span, string Replacement, string Description)
    {
        public string Apply(string text) => text.Substring(0, Span.Start) + Replacement + text.Substring(Span.End);
    }
}
