using System;
using System.Collections.Generic;
using KeygenGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// Names that must not repeat within one scope (properties of a type, values of an enum); a repeat is KGEN0013. A
/// scope that becomes a C# type may reserve the names of the members the generator gives that type itself, and the
/// type's own name (a member cannot be named like its type): such a name is KGEN0010.
/// </summary>
internal sealed class UniqueNames
{
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SchemaLocation> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly string? _owner;

    /// <param name="what">The kind of name, capitalized, for the message: <c>Property</c>, <c>Enum value</c>.</param>
    public UniqueNames(string what, DiagnosticBag diagnostics)
    {
        _what = what;
        _diagnostics = diagnostics;
    }

    /// <param name="owner">
    /// The C# type the names become members of, or null for a request class (named later); <paramref name="reserved"/>
    /// are its own members.
    /// </param>
    public UniqueNames(string what, DiagnosticBag diagnostics, string? owner, IEnumerable<string> reserved)
        : this(what, diagnostics)
    {
        _owner = owner;
        _reserved.UnionWith(reserved);
        _reserved.UnionWith(s_objectMembers);
        if (owner is not null)
        {
            _reserved.Add(owner);
        }
    }

    /// <summary>Members every C# type has.</summary>
    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>Reserves one more member name of the owner type.</summary>
    public void Reserve(string name) => _reserved.Add(name);

    /// <summary>False, after reporting, when the name was taken already.</summary>
    public bool Add(string name, TextSpan span)
    {
        if (_reserved.Contains(name))
        {
            var reason = name == _owner
                ? $"it is the name of the generated type '{_owner}', and a member cannot be named like its type"
                : $"the generated {(_owner is null ? "request class" : $"type '{_owner}'")} has a member '{name}' of its own; set \"name\" to another name";
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, MessageText.Quote(name), $"{Article(_what)} {_what.ToLowerInvariant()} name", reason);
            return false;
        }

        if (_seen.TryGetValue(name, out var first))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateDeclaration, span, _what, MessageText.Quote(name), first.ToDisplayString());
            return false;
        }

        _seen.Add(name, _diagnostics.Locate(span));
        return true;
    }

    private static string Article(string noun) => noun.Length > 0 && "AEIOUaeiou".IndexOf(noun[0]) >= 0 ? "an" : "a";
}
