using System;
using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

// Cross-file checks of operations, and the final resolution of named types.
internal sealed partial class SchemaBinder
{
    /// <summary>The operations that are valid and use only usable declarations, in file order.</summary>
    private List<OperationSpec> BindOperations(IEnumerable<ParsedOperation> operations)
    {
        var ids = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        var bound = new List<OperationSpec>();
        foreach (var operation in operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var spec = operation.Spec;
            if (ids.TryGetValue(spec.Id, out var firstId))
            {
                Report(operation.IdLocation, DiagnosticDescriptors.DuplicateOperationId, spec.Id, firstId.ToDisplayString());
                continue;
            }

            ids.Add(spec.Id, operation.IdLocation);
            var valid = CheckReferences(operation.References) && !UsesUnusable(operation.References);
            valid &= CheckRoute(operation, routes);
            valid &= !valid || CheckDataSource(operation);
            if (valid)
            {
                bound.Add(spec);
            }
        }

        return bound;
    }

    /// <summary>Method and path are unique; parameter names do not matter (<c>{id}</c> is <c>{license}</c>).</summary>
    private bool CheckRoute(ParsedOperation operation, Dictionary<string, string> routes)
    {
        var spec = operation.Spec;
        var method = spec.Method.ToString().ToUpperInvariant();
        var route = method + " " + (spec.AccountScoped ? "/v1/accounts/{}" : "/v1") + PathTemplate.Shape(spec.Path);
        if (routes.TryGetValue(route, out var firstId))
        {
            Report(operation.RouteLocation, DiagnosticDescriptors.DuplicateRoute, method, MessageText.Quote(spec.Path), firstId);
            return false;
        }

        routes.Add(route, spec.Id);
        return true;
    }

    /// <summary>
    /// A response-meta object's <c>"source": "data"</c> property takes the response's primary data, so its type
    /// must be the response resource (an array of it for a list).
    /// </summary>
    private bool CheckDataSource(ParsedOperation operation)
    {
        var response = operation.Spec.Response;
        if (response.Meta is null || operation.ResponseMetaLocation is null || !_objects.TryGetValue(response.Meta, out var meta))
        {
            return true;
        }

        var isList = response.Kind == ResponseKind.List;
        foreach (var property in meta.Properties.Where(p => p.Source == FieldSource.Data))
        {
            if (response.Resource is null || property.Type.Name != response.Resource || property.Type.IsArray != isList)
            {
                var returned = response.Resource is null ? "no resource data" : $"'{response.Resource}{(isList ? "[]" : string.Empty)}'";
                Report(
                    operation.ResponseMetaLocation,
                    DiagnosticDescriptors.InconsistentDeclaration,
                    $"Object '{meta.Name}' takes its property '{MessageText.Quote(property.JsonName)}' ({TypeStrings.Format(property.Type)}) from the response data, but operation '{operation.Spec.Id}' returns {returned}");
                return false;
            }
        }

        return true;
    }

    private TypeRefSpec Resolve(TypeRefSpec type)
        => type.Name is not null && _symbols.TryGetValue(type.Name, out var symbol) ? type with { Kind = symbol.Kind } : type;

    private ImmutableEquatableArray<FieldSpec> Resolve(ImmutableEquatableArray<FieldSpec> fields)
        => fields.Select(f => f with { Type = Resolve(f.Type) }).ToImmutableEquatableArray();

    private ObjectSpec Resolve(ObjectSpec spec) => spec with { Properties = Resolve(spec.Properties) };

    private ResourceSpec Resolve(ResourceSpec spec) => spec with
    {
        Attributes = spec.Attributes.Select(a => a with { Type = Resolve(a.Type) }).ToImmutableEquatableArray(),
        Relationships = spec.Relationships.Select(r => r.Meta is null ? r : r with { Meta = Resolve(r.Meta) }).ToImmutableEquatableArray(),
        Meta = Resolve(spec.Meta),
    };

    private OperationSpec Resolve(OperationSpec spec) => spec with
    {
        PathParameters = Resolve(spec.PathParameters),
        Query = Resolve(spec.Query),
        Body = spec.Body is null ? null : spec.Body with { Meta = Resolve(spec.Body.Meta) },
    };
}
