using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Tests.Fuzzing;

/// <summary>
/// Zero-based line and column of an offset, computed here from the text alone (not with Roslyn's line map, which
/// the generator uses), so that the fuzz tests check the generator's positions against an independent answer.
/// Line breaks are the compiler's: CR LF, CR, LF, NEL, LS and PS.
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        Length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                _lineStarts.Add(i + 1);
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int Length { get; }

    public LinePosition At(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LinePositionSpan At(TextSpan span) => new(At(span.Start), At(span.End));

    /// <summary>One-based, as users read it: <c>(12,5)</c>.</summary>
    public string Describe(int offset)
    {
        var position = At(offset);
        return $"({position.Line + 1},{position.Character + 1})";
    }
}
