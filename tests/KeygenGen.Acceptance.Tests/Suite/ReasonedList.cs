using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Acceptance.Suite;

/// <summary>
/// The committed lists that give a reason for each entry (what is out of scope, what the SDK deliberately does not send):
/// one entry a line, tab-separated columns, none empty; empty lines and <c>#</c> comments skipped.
/// </summary>
internal static class ReasonedList
{
    /// <summary>Each entry's trimmed columns with its line number; a line of another shape is a <see cref="FormatException"/> naming it.</summary>
    public static IEnumerable<(string[] Columns, int Line)> Rows(IEnumerable<string> lines, string path, string shape)
    {
        var columnCount = shape.Split("<TAB>").Length;
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns.Length != columnCount || columns.Any(c => c.Length == 0))
            {
                throw new FormatException($"{path}:{number}: expected '{shape}', got '{line}'.");
            }

            yield return (columns, number);
        }
    }
}
