using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>Plans an operation's client method: its parameters, path, body, what it reads and returns, what it redacts.</summary>
internal static class MethodPlanner
{
    /// <param name="request">The operation's request class, when it has one.</param>
    public static MethodPlan Method(OperationSpec op, RequestPlan? request, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        // A createMany request class is one item of the body: the method takes a list of them instead.
        var requestArgument = request is { Kind: RequestKind.Operation }
            ? new RequestArgumentPlan { ClassName = request.Name, Required = request.IsRequired, HasQuery = request.HasQuery }
            : null;
        var parameters = op.PathParameters
            .Select(p => new ParameterPlan
            {
                Name = CSharpNames.CamelCase(p.PropertyName),
                CSharpType = "string",
                Role = ParameterRole.Path,
                Subject = p.JsonName,
                Summary = p.Summary,
                Secret = p.Secret,
            })
            .ToList();
        if (BodyParameter(op) is { } bodyParameter)
        {
            parameters.Add(bodyParameter);
        }

        if (requestArgument is not null)
        {
            parameters.Add(new ParameterPlan
            {
                Name = CSharpNames.RequestParameter,
                CSharpType = CSharpNames.TypeName(requestArgument.ClassName) + (requestArgument.Required ? string.Empty : "?"),
                DefaultValue = requestArgument.Required ? null : "null",
                Role = ParameterRole.Request,
            });
        }

        parameters.Add(new ParameterPlan
        {
            Name = CSharpNames.CancellationTokenParameter,
            CSharpType = KnownTypes.CancellationToken,
            DefaultValue = "default",
            Role = ParameterRole.CancellationToken,
        });

        return new MethodPlan
        {
            OperationId = op.Id,
            Name = op.MethodName,
            Summary = op.Summary,
            Description = op.Description,
            HttpMethod = op.Method,
            Path = op.Path,
            AccountScoped = op.AccountScoped,
            Deprecated = op.Deprecated,
            Auth = op.Auth.Count == 0 ? new[] { AuthKind.Token }.ToImmutableEquatableArray() : op.Auth,
            Parameters = parameters.ToImmutableEquatableArray(),
            PathSegments = PathSegments(op).ToImmutableEquatableArray(),
            Request = requestArgument,
            Body = Body(op, requestArgument),
            BodyType = op.Body is { Mode: BodyMode.ToOne or BodyMode.ToMany } linkage
                ? (linkage.Resource is null ? string.Empty : DeclarationPlanner.JsonApiTypeOf(linkage.Resource, resources))
                : null,
            Response = Response(op.Response, objects),
            Paged = op.Paging && op.Response.Kind == ResponseKind.List,
            Redacted = Redacted(parameters, requestArgument is null ? null : request).ToImmutableEquatableArray(),
        };
    }

    /// <summary>The parameter a linkage or list body takes its content from, if the body has one.</summary>
    private static ParameterPlan? BodyParameter(OperationSpec op)
    {
        var resource = op.Body?.Resource;
        var stem = CSharpNames.CamelCase(resource ?? "resource");
        return op.Body?.Mode switch
        {
            BodyMode.ToOne => new ParameterPlan { Name = stem + "Id", CSharpType = "string?", Role = ParameterRole.LinkedId, Subject = resource },
            BodyMode.ToMany => new ParameterPlan
            {
                Name = stem + "Ids", CSharpType = $"{KnownTypes.IEnumerable}<string>", Role = ParameterRole.LinkedIds, Subject = resource,
            },
            BodyMode.CreateMany => new ParameterPlan
            {
                Name = CSharpNames.ItemsParameter,
                CSharpType = $"{KnownTypes.IEnumerable}<{CSharpNames.TypeName(op.RequestName!)}>",
                Role = ParameterRole.Items,
                Subject = resource,
            },
            _ => null,
        };
    }

    private static BodySource Body(OperationSpec op, RequestArgumentPlan? request)
    {
        switch (op.Body?.Mode)
        {
            case null:
                return BodySource.None;
            case BodyMode.ToOne:
                return BodySource.LinkedId;
            case BodyMode.ToMany:
                return BodySource.LinkedIds;
            case BodyMode.CreateMany:
                return BodySource.Items;
        }

        if (request is null)
        {
            return BodySource.None;
        }

        // Keygen requires "data" on every update: without inputs the call is an empty update, not a bodiless 400.
        return request.Required ? BodySource.Request
            : op.Body.Mode == BodyMode.Update ? BodySource.RequestOrEmpty
            : BodySource.RequestWhenGiven;
    }

    private static IEnumerable<PathSegmentPlan> PathSegments(OperationSpec op)
    {
        var literal = new StringBuilder();
        var path = op.Path;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{' && path.IndexOf('}', i) is var end and > 0)
            {
                if (literal.Length > 0)
                {
                    yield return new PathSegmentPlan { Literal = literal.ToString() };
                    literal.Clear();
                }

                var name = path.Substring(i + 1, end - i - 1);
                var parameter = op.PathParameters.First(p => p.JsonName == name);
                yield return new PathSegmentPlan { Parameter = CSharpNames.CamelCase(parameter.PropertyName) };
                i = end;
            }
            else
            {
                literal.Append(path[i]);
            }
        }

        if (literal.Length > 0)
        {
            yield return new PathSegmentPlan { Literal = literal.ToString() };
        }
    }

    private static ResponsePlan Response(ResponseSpec response, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        var dataType = response.Resource is null ? "object" : CSharpNames.TypeName(response.Resource);
        var meta = response.Meta is not null && objects.TryGetValue(response.Meta, out var metaObject)
            ? new ResponseMetaPlan { Name = metaObject.Name, TakesData = metaObject.Properties.Any(p => p.Source == FieldSource.Data) }
            : null;
        return new ResponsePlan
        {
            Kind = response.Kind,
            Status = response.Status,
            Nullable = response.Nullable,
            DataType = dataType,
            DataConverter = response.Resource is null ? null : CSharpNames.ConverterName(response.Resource),
            Meta = meta,
            ResultType = meta is not null ? CSharpNames.TypeName(meta.Name) : response.Kind switch
            {
                ResponseKind.Single => response.Nullable ? dataType + "?" : dataType,
                ResponseKind.List => $"{KnownTypes.IReadOnlyList}<{dataType}>",
                ResponseKind.Binary => "byte[]",
                ResponseKind.Redirect => KnownTypes.Uri,
                _ => null,
            },
        };
    }

    /// <summary>
    /// The inputs the schema marks secret: path arguments, and the request's query and meta properties that hold one
    /// string (the runtime redacts string values).
    /// </summary>
    private static IEnumerable<RedactedInputPlan> Redacted(IEnumerable<ParameterPlan> parameters, RequestPlan? request)
    {
        foreach (var parameter in parameters.Where(p => p.Role == ParameterRole.Path && p.Secret))
        {
            yield return new RedactedInputPlan { Parameter = parameter.Name };
        }

        var secrets = request?.Members.Where(m => m.Secret && m.Section is RequestSection.Query or RequestSection.Meta
            && m.Type is { Kind: TypeKind.String, IsArray: false }) ?? [];
        foreach (var member in secrets)
        {
            yield return new RedactedInputPlan { Parameter = CSharpNames.RequestParameter, Property = member.Name };
        }
    }
}
