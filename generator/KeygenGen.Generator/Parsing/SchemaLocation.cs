using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

// Must stay immutable and structurally equatable: it is part of ParsedSchemaFile, a pipeline output.

/// <summary>
/// A place in a schema file, in value form. The binder keeps these for cross-file diagnostics
/// (e.g. "already declared at licenses.json(12,5)"); they never reach the <see cref="Model.ApiSpec"/>.
/// </summary>
/// <param name="LineSpan">Zero-based, as Roslyn's.</param>
internal sealed record SchemaLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A diagnostic here; every argument is made one line and bounded (<see cref="MessageText.Argument"/>).</summary>
    public DiagnosticInfo Diagnostic(DiagnosticDescriptor descriptor, params string[] messageArgs)
        => new(descriptor.Id, FilePath, Span, LineSpan, messageArgs.Select(MessageText.Argument).ToImmutableEquatableArray());

    /// <summary>The file name and one-based line and column, as users see them: <c>licenses.json(12,5)</c>.</summary>
    public string ToDisplayString()
    {
        var slash = FilePath.LastIndexOfAny(new[] { '/', '\\' });
        var fileName = FilePath.Substring(slash + 1);
        var start = LineSpan.Start;
        return $"{fileName}({start.Line + 1},{start.Character + 1})";
    }
}
