using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KeygenGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are never reused or renumbered; each has a page under
/// docs/diagnostics/ and a row in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "KeygenGen";
    private const string HelpLinkBase = "https://github.com/keygengen/keygengen/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "KGEN0001", "Invalid JSON", "The schema file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "KGEN0002", "Unknown key", "Unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "KGEN0003", "Missing required key", "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "KGEN0004", "Wrong value type", "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor DuplicateOperationId = Error(
        "KGEN0005", "Duplicate operation id", "Operation id '{0}' is already declared at {1}");

    public static readonly DiagnosticDescriptor DuplicateRoute = Error(
        "KGEN0006", "Duplicate method and path", "{0} {1} is already declared by operation '{2}'");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "KGEN0007", "Unknown type reference", "'{0}' is not a declared {1}");

    public static readonly DiagnosticDescriptor PathParameterNotDeclared = Error(
        "KGEN0008", "Path parameter not declared", "Path parameter '{{{0}}}' of operation '{1}' is not declared in \"pathParameters\"");

    public static readonly DiagnosticDescriptor PathParameterNotInPath = Error(
        "KGEN0009", "Declared path parameter absent from the path", "Path parameter '{0}' is declared but the path '{1}' has no '{{{0}}}'");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "KGEN0010", "Invalid name", "'{0}' cannot be used as {1}: {2}");

    public static readonly DiagnosticDescriptor UnsupportedHttpMethod = Error(
        "KGEN0011", "Unsupported HTTP method", "HTTP method '{0}' is not supported; use GET, POST, PUT, PATCH or DELETE");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "KGEN0012", "Invalid value", "'{0}' is not a valid value for '{1}'; expected {2}");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error(
        "KGEN0013", "Duplicate declaration", "{0} '{1}' is already declared at {2}");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "KGEN0014", "Schema file cannot be read", "The schema file '{0}' could not be read");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "KGEN0015", "Duplicate JSON key", "Key '{0}' appears more than once in this object");

    public static readonly DiagnosticDescriptor InconsistentDeclaration = Error(
        "KGEN0016", "Inconsistent declaration", "{0}");

    public static readonly DiagnosticDescriptor NameCollision = Error(
        "KGEN0017", "Generated name collision", "{0} '{1}' collides with {2}");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) => new(
        id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + id + ".md");
}
