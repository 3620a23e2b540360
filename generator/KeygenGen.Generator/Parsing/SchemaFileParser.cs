using System;
using System.Collections.Generic;
using System.Threading;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// Turns the DOM of one schema file into a <see cref="ParsedSchemaFile"/>: checks every key, value type, name
/// and the rules one file can check (see schema/README.md), and applies every default, so the specs it makes are
/// fully resolved except for named type references, which need all files (<see cref="SchemaBinder"/>).
/// </summary>
internal sealed partial class SchemaFileParser
{
    private readonly string _filePath;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;

    /// <summary>The declaration names used by the declaration or operation being parsed.</summary>
    private List<TypeReference> _references = new();

    public SchemaFileParser(string filePath, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public ParsedSchemaFile Parse(JsonNode root)
    {
        var enums = new List<ParsedDeclaration<EnumSpec>>();
        var objects = new List<ParsedDeclaration<ObjectSpec>>();
        var resources = new List<ParsedDeclaration<ResourceSpec>>();
        var unions = new List<ParsedDeclaration<UnionSpec>>();
        var operations = new List<ParsedOperation>();

        var file = SchemaObject.OpenValue(root, "$", "the schema file", new TextSpan(root.Span.Start, 1), SchemaFormat.FileKeys, _diagnostics);
        if (file is not null)
        {
            file.String("$schema");
            DeclareAll(file, "enums", "enum", SchemaFormat.EnumKeys, BuildEnum, EmptyEnum, enums);
            DeclareAll(file, "objects", "object", SchemaFormat.ObjectKeys, BuildObject, EmptyObject, objects);
            DeclareAll(file, "resources", "resource", SchemaFormat.ResourceKeys, BuildResource, EmptyResource, resources);
            DeclareAll(file, "unions", "union", SchemaFormat.UnionKeys, BuildUnion, EmptyUnion, unions);
            var items = file.Array("operations")?.Items ?? Array.Empty<JsonNode>();
            for (var i = 0; i < items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (ParseOperation(items[i], i) is { } operation)
                {
                    operations.Add(operation);
                }
            }
        }

        return new ParsedSchemaFile(
            _filePath,
            enums.ToImmutableEquatableArray(),
            objects.ToImmutableEquatableArray(),
            resources.ToImmutableEquatableArray(),
            unions.ToImmutableEquatableArray(),
            operations.ToImmutableEquatableArray(),
            _diagnostics.ToImmutableEquatableArray());
    }

    /// <summary>
    /// Parses each member of a declaration section (<c>"enums"</c>, …). A declaration with errors is kept, marked,
    /// so that its name stays claimed; one whose value is not even an object is kept with the
    /// <paramref name="empty"/> spec of its name.
    /// </summary>
    private void DeclareAll<T>(
        SchemaObject file,
        string section,
        string kind,
        IReadOnlyList<string> keys,
        Func<SchemaObject, string, T> build,
        Func<string, T> empty,
        List<ParsedDeclaration<T>> declarations)
    {
        foreach (var member in file.Object(section)?.Members ?? Array.Empty<JsonMember>())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var errorsBefore = _diagnostics.Count;
            _references = new List<TypeReference>();
            var name = member.Key;
            if (!Naming.IsPascalCaseIdentifier(name))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, member.KeySpan, name, $"{Article(kind)} {kind} name", Naming.PascalCaseRule);
            }

            var body = SchemaObject.OpenValue(member.Value, name, $"{kind} '{name}'", member.KeySpan, keys, _diagnostics);
            declarations.Add(new ParsedDeclaration<T>(
                body is null ? empty(name) : build(body, name),
                _diagnostics.Locate(member.KeySpan),
                _references.ToImmutableEquatableArray(),
                HasErrors: _diagnostics.Count > errorsBefore));
        }
    }

    /// <summary>
    /// The C# name of a schema member: the explicit <c>"name"</c> when given (it must be PascalCase), else the
    /// PascalCase form of the wire name plus <paramref name="suffix"/>. Null after reporting KGEN0010.
    /// </summary>
    /// <param name="role">What the name is used as, for the message: <c>a property name</c>.</param>
    /// <param name="remedy">How to fix a wire name that gives no identifier, appended to the message.</param>
    private string? CSharpName(string wireName, TextSpan wireSpan, JsonStringNode? explicitName, string role, string remedy, string suffix = "")
    {
        if (explicitName is not null)
        {
            if (Naming.IsPascalCaseIdentifier(explicitName.Value))
            {
                return explicitName.Value;
            }

            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, explicitName.Span, explicitName.Value, role, Naming.PascalCaseRule);
            return null;
        }

        var derived = Naming.ToPascalCase(wireName) + suffix;
        if (Naming.IsPascalCaseIdentifier(derived))
        {
            return derived;
        }

        _diagnostics.Report(
            DiagnosticDescriptors.InvalidIdentifier,
            wireSpan,
            wireName,
            role,
            $"its PascalCase form '{derived}' is not a C# identifier{remedy}");
        return null;
    }

    /// <summary>A declaration name used by the current declaration or operation; the binder checks it exists.</summary>
    private string Reference(JsonStringNode name, ReferenceTarget target)
    {
        _references.Add(new TypeReference(name.Value, target, _diagnostics.Locate(name.Span)));
        return name.Value;
    }

    /// <summary>A type string such as <c>"ValidationCode[]"</c>, or null after reporting KGEN0012.</summary>
    private TypeRefSpec? TypeOf(JsonStringNode node)
    {
        var type = TypeStrings.Parse(node.Value);
        if (type is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Span, node.Value, "type", TypeStrings.Expected);
            return null;
        }

        if (type.Name is not null)
        {
            _references.Add(new TypeReference(type.Name, ReferenceTarget.AnyDeclaration, _diagnostics.Locate(node.Span)));
        }

        return type;
    }

    private void ReportInconsistency(TextSpan span, string message)
        => _diagnostics.Report(DiagnosticDescriptors.InconsistentDeclaration, span, message);

    /// <summary>
    /// The span of characters <paramref name="start"/>..+<paramref name="length"/> of a string's value, when the
    /// string has no escapes (then value and source line up); otherwise the whole string.
    /// </summary>
    private static TextSpan SpanWithin(JsonStringNode node, int start, int length)
        => node.Span.Length == node.Value.Length + 2 ? new TextSpan(node.Span.Start + 1 + start, length) : node.Span;

    private static string Article(string noun) => noun.Length > 0 && "aeiou".IndexOf(noun[0]) >= 0 ? "an" : "a";
}
