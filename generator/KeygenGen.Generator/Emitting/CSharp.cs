using System.Globalization;
using System.Text;

namespace KeygenGen.Generator.Emitting;

/// <summary>Escapes schema text for each C# context it lands in: string literals and XML docs (identifiers: <see cref="Planning.CSharpNames"/>).</summary>
internal static class CSharp
{
    /// <summary>
    /// A C# string literal. Everything outside printable ASCII is written as a <c>\u</c> escape, so no line terminator
    /// or invisible character reaches the generated file.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 string literal (<c>"name"u8</c>), for allocation-free property-name matching.</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>
    /// Text escaped for an XML doc comment, on one line. Every character C# ends a line at becomes a space (a
    /// <c>///</c> comment ends there, and what follows would compile as code); a character XML cannot hold becomes
    /// U+FFFD, so the documentation file stays well-formed.
    /// </summary>
    public static string Xml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break; // CR LF is one line end: one space.
                default:
                    if (IsLineTerminator(c))
                    {
                        builder.Append(' ');
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(IsXmlCharacter(c) ? c : '\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The characters C# ends a line at (C# specification, "Line terminators"): CR, LF, NEL, LINE SEPARATOR and
    /// PARAGRAPH SEPARATOR.
    /// </summary>
    public static bool IsLineTerminator(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>A character XML 1.0 allows, surrogates aside (a pair is checked by the caller).</summary>
    private static bool IsXmlCharacter(char c)
        => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
