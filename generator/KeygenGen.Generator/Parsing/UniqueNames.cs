using System;
using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>Names that must not repeat within one scope (properties of a type, values of an enum); a repeat is KGEN0013.</summary>
internal sealed class UniqueNames
{
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SchemaLocation> _seen = new(StringComparer.Ordinal);

    /// <param name="what">The kind of name, capitalized, for the message: <c>Property</c>, <c>Enum value</c>.</param>
    public UniqueNames(string what, DiagnosticBag diagnostics)
    {
        _what = what;
        _diagnostics = diagnostics;
    }

    /// <summary>False, after reporting, when the name was taken already.</summary>
    public bool Add(string name, TextSpan span)
    {
        if (_seen.TryGetValue(name, out var first))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateDeclaration, span, _what, MessageText.Quote(name), first.ToDisplayString());
            return false;
        }

        _seen.Add(name, _diagnostics.Locate(span));
        return true;
    }
}
