using System;

namespace Keygen.Acceptance.Report;

/// <summary>
/// The README states the report's headline, linked to it, between <c>&lt;!-- conformance --&gt;</c> markers:
/// <c>[P of S in-scope scenarios pass (X.X %)](docs/conformance.md)</c>.
/// </summary>
internal static class ReadmeHeadline
{
    private const string Start = "<!-- conformance -->";
    private const string End = "<!-- /conformance -->";

    /// <summary>The README with the headline of <paramref name="report"/> between the markers.</summary>
    public static string Apply(string readme, string report)
    {
        var headline = report.Split('\n')[1];
        var passing = headline["Conformance: ".Length..(headline.IndexOf("%)", StringComparison.Ordinal) + 2)];
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"README.md has no {Start}…{End} markers for the conformance headline.");
        }

        return readme[..(start + Start.Length)] + $"[{passing}]({ConformanceReport.RelativePath})" + readme[end..];
    }
}
