using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>Everything about an operation's C# method that the client writers share.</summary>
internal sealed class ClientMethodShape
{
    public ClientMethodShape(OperationSpec op, Receiver receiver, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        Op = op;
        Receiver = receiver;
        Objects = objects;
        // A createMany request class is one item of the body: the method takes a list of them instead.
        HasRequest = RequestEmitter.HasRequest(op) && !RequestEmitter.IsItemRequest(op);
        RequestRequired = HasRequest && RequestEmitter.IsRequired(op, resources);
        HasQuery = HasRequest && RequestEmitter.HasQuery(op);
        Auth = string.Join(" | ", op.Auth.Select(a => $"{KnownTypes.KeygenAuthKinds}.{a}"));
        if (Auth.Length == 0)
        {
            Auth = $"{KnownTypes.KeygenAuthKinds}.Token";
        }

        PathArguments = op.PathParameters.Select(p => CSharp.CamelCase(p.PropertyName)).ToList();
        PathExpression = BuildPath(op);
        DataType = op.Response.Resource is null ? "object" : TypeMapping.TypeName(op.Response.Resource);
        DataReader = op.Response.Resource is null ? string.Empty : TypeMapping.ConverterName(op.Response.Resource) + ".ReadValue";

        var parameters = receiver.ThisParameter is null ? new List<string>() : new List<string> { receiver.ThisParameter };
        parameters.AddRange(PathArguments.Select(a => $"string {a}"));
        (BodyExpression, var bodyParameter, var bodyDoc) = BuildBody(op, resources, HasRequest, RequestRequired);
        if (bodyParameter is not null)
        {
            parameters.Add(bodyParameter);
            BodyArgumentDocs.Add(bodyDoc!.Value);
        }

        if (HasRequest)
        {
            parameters.Add(RequestRequired ? $"{TypeMapping.TypeName(op.RequestName!)} request" : $"{TypeMapping.TypeName(op.RequestName!)}? request = null");
        }

        parameters.Add($"{KnownTypes.CancellationToken} cancellationToken = default");
        Parameters = string.Join(", ", parameters);
        (ReturnType, Returns) = BuildReturn(op, objects, DataType);
    }

    public OperationSpec Op { get; }

    public Receiver Receiver { get; }

    public IReadOnlyDictionary<string, ObjectSpec> Objects { get; }

    public bool HasRequest { get; }

    public bool RequestRequired { get; }

    public bool HasQuery { get; }

    public string Auth { get; }

    public List<string> PathArguments { get; }

    public string PathExpression { get; }

    public string? BodyExpression { get; }

    public List<(string Name, string Doc)> BodyArgumentDocs { get; } = new();

    public string Parameters { get; }

    public string DataType { get; }

    public string DataReader { get; }

    public string ReturnType { get; }

    public string Returns { get; }

    private static string BuildPath(OperationSpec op)
    {
        var parts = new List<string>();
        var literal = new StringBuilder();
        var path = op.Path;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{' && path.IndexOf('}', i) is var end and > 0)
            {
                if (literal.Length > 0)
                {
                    parts.Add(CSharp.Literal(literal.ToString()));
                    literal.Clear();
                }

                var name = path.Substring(i + 1, end - i - 1);
                var parameter = op.PathParameters.First(p => p.JsonName == name);
                var argument = CSharp.CamelCase(parameter.PropertyName);
                parts.Add($"{KnownTypes.KeygenPath}.Segment({argument}, nameof({argument.TrimStart('@')}))");
                i = end;
            }
            else
            {
                literal.Append(path[i]);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(CSharp.Literal(literal.ToString()));
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    private static (string? Expression, string? Parameter, (string, string)? Doc) BuildBody(
        OperationSpec op, IReadOnlyDictionary<string, ResourceSpec> resources, bool hasRequest, bool requestRequired)
    {
        if (op.Body is not { } body)
        {
            return (null, null, null);
        }

        var jsonApiType = body.Resource is not null && resources.TryGetValue(body.Resource, out var resource)
            ? CSharp.Literal(resource.JsonApiType)
            : "\"\"";
        var stem = CSharp.CamelCase(body.Resource ?? "resource");
        switch (body.Mode)
        {
            case BodyMode.ToOne:
                return ($"{KnownTypes.JsonApiBody}.ToOne({jsonApiType}, {stem}Id)", $"string? {stem}Id",
                    ($"{stem}Id", $"The id of the {CSharp.Xml(body.Resource ?? "resource")} to link, or null to clear the relationship."));
            case BodyMode.ToMany:
                return ($"{KnownTypes.JsonApiBody}.ToMany({jsonApiType}, {stem}Ids)", $"{KnownTypes.IEnumerable}<string> {stem}Ids",
                    ($"{stem}Ids", $"The ids of the {CSharp.Xml(body.Resource ?? "resource")} resources."));
            case BodyMode.CreateMany:
                return ($"{KnownTypes.JsonApiBody}.CreateMany(items, static (writer, item) => item.WriteResource(writer))",
                    $"{KnownTypes.IEnumerable}<{TypeMapping.TypeName(op.RequestName!)}> items",
                    ("items", $"The new {CSharp.Xml(body.Resource ?? "resource")} resources, one item each."));
            default:
                if (!hasRequest)
                {
                    return (null, null, null);
                }

                if (requestRequired)
                {
                    return ($"{KnownTypes.JsonApiBody}.Write(request, static (writer, r) => r.WriteBody(writer))", null, null);
                }

                // Keygen requires "data" on every update: without inputs the call is an empty update, not a bodiless 400.
                return body.Mode == BodyMode.Update
                    ? ($"{KnownTypes.JsonApiBody}.Write(request ?? new {TypeMapping.TypeName(op.RequestName!)}(), static (writer, r) => r.WriteBody(writer))", null, null)
                    : ($"request is null ? null : {KnownTypes.JsonApiBody}.Write(request, static (writer, r) => r.WriteBody(writer))", null, null);
        }
    }

    private static (string Type, string Doc) BuildReturn(OperationSpec op, IReadOnlyDictionary<string, ObjectSpec> objects, string dataType)
    {
        var response = op.Response;
        if (response.Meta is not null && objects.ContainsKey(response.Meta))
        {
            return ($"{KnownTypes.Task}<{TypeMapping.TypeName(response.Meta)}>", $"The <see cref=\"{TypeMapping.TypeName(response.Meta)}\"/> Keygen answered.");
        }

        return response.Kind switch
        {
            ResponseKind.Single when response.Nullable => ($"{KnownTypes.Task}<{dataType}?>", "The resource, or null when there is none."),
            ResponseKind.Single => ($"{KnownTypes.Task}<{dataType}>", "The resource Keygen answered with."),
            ResponseKind.List => ($"{KnownTypes.Task}<{KnownTypes.IReadOnlyList}<{dataType}>>", "The resources Keygen answered with."),
            ResponseKind.Binary => ($"{KnownTypes.Task}<byte[]>", "The raw bytes Keygen answered with."),
            // The body's resource and the Location together (an artifact and its presigned URL): neither is dropped.
            ResponseKind.Redirect when response.Resource is not null => (
                $"{KnownTypes.Task}<{KnownTypes.KeygenRedirect}<{dataType}>>",
                "The resource Keygen answered with and the <c>Location</c> it redirects to, which is not followed (null when Keygen gave none, e.g. for an artifact not uploaded yet)."),
            ResponseKind.Redirect => ($"{KnownTypes.Task}<{KnownTypes.Uri}>", "The <c>Location</c> Keygen redirects to; it is not followed."),
            _ => (KnownTypes.Task, "A task that completes when Keygen has accepted the call."),
        };
    }
}
