using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>Collects the diagnostics of one schema file and turns spans into <see cref="SchemaLocation"/>s.</summary>
internal sealed class DiagnosticBag
{
    private readonly string _filePath;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public DiagnosticBag(string filePath, string text)
    {
        _filePath = filePath;
        // Roslyn's own line map, so that lines and columns match what the compiler shows for this file.
        _text = SourceText.From(text);
    }

    /// <summary>How many diagnostics so far; callers compare counts to learn whether a part had errors.</summary>
    public int Count => _diagnostics.Count;

    public SchemaLocation Locate(TextSpan span) => new(_filePath, span, _text.Lines.GetLinePositionSpan(span));

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] messageArgs)
        => _diagnostics.Add(Locate(span).Diagnostic(descriptor, messageArgs));

    public ImmutableEquatableArray<DiagnosticInfo> ToImmutableEquatableArray() => _diagnostics.ToImmutableEquatableArray();
}
