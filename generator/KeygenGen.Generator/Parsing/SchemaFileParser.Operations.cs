using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Parsing.Json;
using Microsoft.CodeAnalysis.Text;

namespace KeygenGen.Generator.Parsing;

// Operations (schema/README.md "Operations"); their body and response are in SchemaFileParser.Exchange.cs.
internal sealed partial class SchemaFileParser
{
    /// <summary>Query parameters a paging operation gets without declaring them.</summary>
    private static readonly string[] s_pagingQuery = { "page[size]", "page[cursor]" };

    /// <summary>An operation, or null when it has any error (all reported).</summary>
    private ParsedOperation? ParseOperation(JsonNode item, int index)
    {
        var errorsBefore = _diagnostics.Count;
        _references = new List<TypeReference>();
        var itemName = $"operations[{index}]";
        if (Values.Expect<JsonObjectNode>(item, itemName, _diagnostics) is not { } node)
        {
            return null;
        }

        var description = node.Members.FirstOrDefault(m => m.Key == "id")?.Value is JsonStringNode idText ? $"operation '{idText.Value}'" : itemName;
        var body = SchemaObject.Open(node, description, new TextSpan(node.Span.Start, 1), SchemaFormat.OperationKeys, _diagnostics);

        var idNode = body.String("id", required: true);
        var id = idNode is null ? null : OperationId(idNode);
        var method = HttpMethod(body.String("method", required: true));
        var pathNode = body.String("path", required: true);
        var summary = body.String("summary", required: true);
        var remarks = body.String("description")?.Value;
        var accountScoped = body.Bool("accountScoped") ?? true;
        var auth = Auth(body.Array("auth"));
        var deprecated = body.String("deprecated")?.Value;
        var pathParameters = PathParameters(body, pathNode, description);
        var query = ParseFields(body.Object("query"), FieldRole.QueryParameter, description, new UniqueNames("Property", _diagnostics));
        var paging = body.Bool("paging") ?? false;
        var request = ParseBody(body.Member("body"), description);
        var (response, responseMetaLocation) = ParseResponse(body.Member("response"), description);
        CheckMethodTakesBody(body, method);
        CheckPaging(body, paging, response, query);
        CheckItemRequest(body, request);
        var requestName = RequestName(body, id, request, response, hasInputs: query.Count > 0 || request is not null || paging);

        if (_diagnostics.Count > errorsBefore || id is null || method is null || pathNode is null || summary is null || auth is null || response is null)
        {
            return null;
        }

        var spec = new OperationSpec(
            idNode!.Value,
            id.Value.Group,
            id.Value.MethodName,
            method.Value,
            pathNode.Value,
            accountScoped,
            summary.Value,
            remarks,
            auth,
            deprecated,
            pathParameters,
            query,
            paging,
            request,
            response,
            requestName);
        return new ParsedOperation(
            spec,
            _diagnostics.Locate(idNode.Span),
            _diagnostics.Locate(pathNode.Span),
            responseMetaLocation,
            _diagnostics.Locate(body.String("requestName")?.Span ?? idNode.Span),
            _references.ToImmutableEquatableArray());
    }

    /// <summary><c>licenses.validateKey</c> → group <c>Licenses</c>, method <c>ValidateKey</c>; null after reporting KGEN0010.</summary>
    private (string Group, string MethodName)? OperationId(JsonStringNode id)
    {
        var parts = id.Value.Split('.');
        if (parts.Length != 2 || !Naming.IsLowerCamelCaseIdentifier(parts[0]) || !Naming.IsLowerCamelCaseIdentifier(parts[1]))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidIdentifier,
                id.Span,
                id.Value,
                "an operation id",
                "it must be <group>.<operation>, both lowerCamelCase (an ASCII small letter, then ASCII letters and digits), e.g. \"licenses.validateKey\"");
            return null;
        }

        return (Naming.ToPascalCase(parts[0]), Naming.ToPascalCase(parts[1]));
    }

    private HttpMethodKind? HttpMethod(JsonStringNode? method)
    {
        if (method is null)
        {
            return null;
        }

        if (SchemaFormat.Methods.TryGetValue(method.Value, out var kind))
        {
            return kind;
        }

        _diagnostics.Report(DiagnosticDescriptors.UnsupportedHttpMethod, method.Span, method.Value);
        return null;
    }

    /// <summary><c>"auth"</c>: a non-empty array of credential kinds, repeats ignored; <c>["token"]</c> when absent.</summary>
    private ImmutableEquatableArray<AuthKind>? Auth(JsonArrayNode? array)
    {
        if (array is null)
        {
            return new[] { AuthKind.Token }.ToImmutableEquatableArray();
        }

        if (array.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, array.Span, "[]", "auth", "one or more of " + SchemaFormat.Auth.Expected);
            return null;
        }

        var kinds = new List<AuthKind>();
        var valid = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var kind = Values.Expect<JsonStringNode>(array.Items[i], $"auth[{i}]", _diagnostics) is { } text ? SchemaFormat.Auth.Read(text, "auth", _diagnostics) : null;
            if (kind is null)
            {
                valid = false;
            }
            else if (!kinds.Contains(kind.Value))
            {
                kinds.Add(kind.Value);
            }
        }

        return valid ? kinds.ToImmutableEquatableArray() : null;
    }

    /// <summary>
    /// The declared path parameters, in the order the path uses them. Checks the path template, that every
    /// <c>{param}</c> is declared (KGEN0008, at the <c>{param}</c>) and every declaration is used (KGEN0009, at its key).
    /// </summary>
    private ImmutableEquatableArray<FieldSpec> PathParameters(SchemaObject operation, JsonStringNode? path, string description)
    {
        var map = operation.Object("pathParameters");
        var declared = ParseFields(map, FieldRole.PathParameter, description, new UniqueNames("Property", _diagnostics));
        if (path is null)
        {
            return declared;
        }

        var (slots, error) = PathTemplate.Parse(path.Value);
        if (error is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, SpanWithin(path, error.Start, error.Length), path.Value, "path", PathTemplate.Expected + " (" + error.Message + ")");
            return declared;
        }

        var ordered = new List<FieldSpec>();
        foreach (var slot in slots)
        {
            var span = SpanWithin(path, slot.Start, slot.Length);
            if (CSharpKeywords.IsKeyword(ArgumentName(slot.Name)))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, slot.Name, "a path parameter name", "it is a C# keyword, and path parameters become method arguments");
            }

            var isDeclared = map?.Members.Any(m => m.Key == slot.Name) ?? false;
            if (!isDeclared)
            {
                _diagnostics.Report(DiagnosticDescriptors.PathParameterNotDeclared, span, slot.Name, OperationIdOf(operation) ?? description);
            }

            ordered.AddRange(declared.Where(f => f.JsonName == slot.Name));
        }

        foreach (var member in map?.Members ?? Array.Empty<JsonMember>())
        {
            if (!slots.Any(s => s.Name == member.Key))
            {
                _diagnostics.Report(DiagnosticDescriptors.PathParameterNotInPath, member.KeySpan, member.Key, path.Value);
            }
        }

        return ordered.ToImmutableEquatableArray();
    }

    /// <summary>The camelCase form a path parameter takes as a method argument: <c>license_id</c> → <c>licenseId</c>.</summary>
    private static string ArgumentName(string parameter)
    {
        var pascal = Naming.ToPascalCase(parameter);
        return pascal.Length == 0 ? parameter : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    private static string? OperationIdOf(SchemaObject operation) => (operation.Member("id")?.Value as JsonStringNode)?.Value;

    private void CheckMethodTakesBody(SchemaObject operation, HttpMethodKind? method)
    {
        if (method == HttpMethodKind.Get && operation.Member("body") is { } body)
        {
            ReportInconsistency(body.KeySpan, "A GET request has no body; use \"query\" for its inputs");
        }
    }

    /// <summary>
    /// A <c>createMany</c> operation's request class is one item of its body, so it has no room for the operation's
    /// own query or paging inputs.
    /// </summary>
    private void CheckItemRequest(SchemaObject operation, BodySpec? request)
    {
        if (request?.Mode != BodyMode.CreateMany)
        {
            return;
        }

        var query = operation.Member("query");
        var paging = operation.Member("paging");
        foreach (var member in new[] { query, paging is { Value.Kind: JsonKind.True } ? paging : null })
        {
            if (member is { } input)
            {
                ReportInconsistency(input.KeySpan, $"A \"createMany\" operation takes a list of items, each its request class, so it cannot have \"{input.Key}\"");
            }
        }
    }

    private void CheckPaging(SchemaObject operation, bool paging, ResponseSpec? response, ImmutableEquatableArray<FieldSpec> query)
    {
        if (!paging)
        {
            return;
        }

        var pagingValue = operation.Member("paging")!.Value.Span;
        if (response is not null && response.Kind != ResponseKind.List)
        {
            ReportInconsistency(pagingValue, "Paging needs a list response (\"response\": { \"kind\": \"list\", … })");
        }

        foreach (var member in operation.Object("query")?.Members ?? Array.Empty<JsonMember>())
        {
            if (Array.IndexOf(s_pagingQuery, member.Key) >= 0 && query.Any(f => f.JsonName == member.Key))
            {
                ReportInconsistency(member.KeySpan, $"A paging operation gets '{member.Key}' from \"paging\": true; do not declare it");
            }
        }
    }

    /// <summary>
    /// The request class name: <c>"requestName"</c>, or <c>&lt;Operation&gt;&lt;Resource&gt;Request</c> where the
    /// resource is the one a create/update body writes, else the response's; the group name stands in for lists
    /// and when there is no such resource (<c>CreateLicenseRequest</c>, <c>ListLicensesRequest</c>,
    /// <c>ChangePolicyLicenseRequest</c> for a toOne body that returns the license). Null when the operation has
    /// no inputs, so no request class.
    /// </summary>
    private string? RequestName(SchemaObject operation, (string Group, string MethodName)? id, BodySpec? request, ResponseSpec? response, bool hasInputs)
    {
        var explicitName = operation.String("requestName");
        if (explicitName is not null && !Naming.IsPascalCaseIdentifier(explicitName.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, explicitName.Span, explicitName.Value, "a request class name", Naming.PascalCaseRule);
            return null;
        }

        if (!hasInputs)
        {
            if (explicitName is not null)
            {
                ReportInconsistency(explicitName.Span, "The operation has no query, body or paging, so it has no request class to name");
            }

            return null;
        }

        if (explicitName is not null || id is null)
        {
            return explicitName?.Value;
        }

        var changesResource = request?.Mode is BodyMode.Create or BodyMode.Update or BodyMode.CreateMany;
        var subject = response?.Kind == ResponseKind.List
            ? id.Value.Group
            : (changesResource ? request!.Resource : null) ?? response?.Resource ?? id.Value.Group;
        return id.Value.MethodName + subject + "Request";
    }
}
