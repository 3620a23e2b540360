using KeygenGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Diagnostics;

// Must stay immutable and structurally equatable: it flows through the incremental pipeline.

/// <summary>
/// A schema problem in value form (no Roslyn <see cref="Location"/>), turned into a <see cref="Diagnostic"/> only
/// when reported. <see cref="LineSpan"/> is zero-based, as Roslyn's; users see it one-based.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    ImmutableEquatableArray<string> MessageArgs)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var location = Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, MessageArgs.ToObjectArray());
    }
}
