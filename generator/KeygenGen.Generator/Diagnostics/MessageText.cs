using System.Globalization;
using System.Text;

namespace KeygenGen.Generator.Diagnostics;

/// <summary>
/// How text from a schema file appears in a diagnostic message: on one line, because a line break would cut the
/// message in the build output, and short, because a key or value may be a megabyte long.
/// </summary>
internal static class MessageText
{
    /// <summary>The most characters of one piece of user text (a key, a value, a name) a message shows.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The most characters of one message argument; the prose arguments are all shorter.</summary>
    public const int MaxArgument = 300;

    /// <summary>User text on one line, at most <see cref="MaxQuoted"/> characters of it and then its length.</summary>
    public static string Quote(string text) => Shorten(OneLine(text), MaxQuoted, text.Length);

    /// <summary>
    /// A message argument on one line and bounded: applied to every argument, so that no message breaks or grows
    /// without bound even where user text reached it unquoted.
    /// </summary>
    public static string Argument(string text) => Shorten(OneLine(text), MaxArgument, text.Length);

    /// <summary>Line breaks and other control or separator characters as escapes: <c>\n</c>, <c>\u2028</c>.</summary>
    private static string OneLine(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsInvisibleBreak(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsInvisibleBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Control characters (CR, LF and NEL among them) and the Unicode line and paragraph separators.</summary>
    private static bool IsInvisibleBreak(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string Shorten(string text, int max, int originalLength)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text.Substring(0, cut) + "… (" + originalLength.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
    }
}
