using System.Linq;
using KeygenGen.Generator.Diagnostics;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>Diagnostics as one-based text, as a user sees them: <c>KGEN0007 a.json(3,5)-(3,9): message</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(DiagnosticInfo d)
    {
        var start = d.LineSpan.Start;
        var end = d.LineSpan.End;
        var file = System.IO.Path.GetFileName(d.FilePath);
        return $"{d.Id} {file}({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1}): {Message(d)}";
    }

    public static string Message(DiagnosticInfo d) => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatAll(System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics)
        => string.Join("\n", diagnostics.Select(Format));
}
