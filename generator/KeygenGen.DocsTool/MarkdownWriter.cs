using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KeygenGen.DocsTool;

/// <summary>Builds Markdown text with '\n' line ends on every platform, so the output is byte-for-byte stable.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A table, followed by a blank line.</summary>
    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", headers) + " |");
        Line("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        return Line();
    }

    public override string ToString() => _text.ToString();

    /// <summary>Inline code.</summary>
    public static string Code(string text) => "`" + text + "`";

    /// <summary>GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces as '-'.</summary>
    public static string Anchor(string heading)
        => new string(heading.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')
            .Select(c => c == ' ' ? '-' : c)
            .ToArray());

    /// <summary>A table cell: one line, with pipes escaped so they do not split the cell.</summary>
    private static string Cell(string text) => text.Replace("\r", "").Replace("\n", " ").Replace("|", "\\|");
}
