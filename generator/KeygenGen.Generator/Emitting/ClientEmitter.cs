using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits one client class per operation group, and the <c>KeygenClient</c> properties that reach them.</summary>
internal static class ClientEmitter
{
    public static GeneratedSource Emit(string group, IReadOnlyList<OperationSpec> operations, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, null, $"The {group} operations of the Keygen API. Reach it through <see cref=\"{KnownTypes.KeygenClient}.{group}\"/>.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public sealed partial class {group}Client");
        w.OpenBlock();
        w.Line($"private readonly {KnownTypes.KeygenClient} _keygen;");
        w.Line();
        w.Line($"internal {group}Client({KnownTypes.KeygenClient} keygen) => _keygen = keygen;");
        w.Line();
        w.Line("/// <summary>The client this group belongs to; methods generated from users' own schema entries call through it.</summary>");
        w.Line(Common.HiddenAttribute);
        w.Line($"public {KnownTypes.KeygenClient} Client => _keygen;");
        WriteMethods(w, operations, Receiver.Instance, resources, objects);
        w.CloseBlock();
        return new GeneratedSource($"Clients.{group}Client.g.cs", Common.EndFile(w));
    }

    /// <summary>
    /// Emits a consumer's operations in a group the SDK already has as extension methods on that group's client,
    /// so <c>keygen.Licenses.MyActionAsync(…)</c> reads like a built-in call and goes through the same pipeline.
    /// </summary>
    public static GeneratedSource EmitExtensions(string group, IReadOnlyList<OperationSpec> operations, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        Common.Summary(w, null, $"Operations from this project's schema entries, added to <see cref=\"{TypeMapping.TypeName(group)}Client\"/>.");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public static partial class {group}ClientExtensions");
        w.OpenBlock();
        WriteMethods(w, operations, Receiver.Extension(group), resources, objects);
        w.CloseBlock();
        return new GeneratedSource($"Clients.{group}ClientExtensions.g.cs", Common.EndFile(w));
    }

    private static void WriteMethods(SourceWriter w, IReadOnlyList<OperationSpec> operations, Receiver receiver, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            if (i > 0 || receiver.ThisParameter is null)
            {
                w.Line();
            }

            var method = new MethodShape(op, receiver, resources, objects);
            if (op.Paging && op.Response.Kind == ResponseKind.List)
            {
                WritePageMethod(w, method);
                w.Line();
                WriteEnumerateMethod(w, method);
            }
            else
            {
                WriteMethod(w, method);
            }
        }
    }

    /// <summary>Emits the <c>KeygenClient</c> properties, one per group.</summary>
    public static GeneratedSource EmitEntryPoints(IEnumerable<string> groups)
    {
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        w.Line("public sealed partial class KeygenClient");
        w.OpenBlock();
        var first = true;
        foreach (var group in groups)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var field = "_" + char.ToLowerInvariant(group[0]) + group.Substring(1);
            w.Line($"private {group}Client? {field};");
            w.Line();
            w.Line($"/// <summary>The {group} operations.</summary>");
            // A benign race: two threads may each build a client; both are stateless views over this KeygenClient.
            w.Line($"public {group}Client {group} => {field} ??= new {group}Client(this);");
        }

        w.CloseBlock();
        return new GeneratedSource("KeygenClient.Groups.g.cs", Common.EndFile(w));
    }

    /// <summary>In a consumer's build, new groups are reached through extension methods (KeygenClient is compiled).</summary>
    public static GeneratedSource EmitEntryPointExtensions(IEnumerable<string> groups)
    {
        var w = Common.StartFile(TypeMapping.ModelNamespace);
        w.Line("/// <summary>Reaches the client groups this project's schema entries add.</summary>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line("public static partial class KeygenClientGroupExtensions");
        w.OpenBlock();
        var first = true;
        foreach (var group in groups)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line($"/// <summary>The {group} operations.</summary>");
            w.Line($"public static {group}Client {group}(this {KnownTypes.KeygenClient} keygen) => new {group}Client(keygen);");
        }

        w.CloseBlock();
        return new GeneratedSource("KeygenClient.GroupExtensions.g.cs", Common.EndFile(w));
    }

    private static void WriteMethod(SourceWriter w, MethodShape m)
    {
        WriteDocs(w, m, m.Returns);
        w.Line($"{m.Receiver.Modifiers} async {m.ReturnType} {m.Op.MethodName}Async({m.Parameters})");
        w.OpenBlock();
        WriteSend(w, m);
        WriteResult(w, m);
        w.CloseBlock();
    }

    private static void WritePageMethod(SourceWriter w, MethodShape m)
    {
        var page = $"{KnownTypes.KeygenPage}<{m.DataType}>";
        WriteDocs(w, m, "One page of results with its paging links; follow <c>Links.Next</c>, or use the method without <c>Page</c> to enumerate them all.");
        w.Line($"{m.Receiver.Modifiers} async {KnownTypes.Task}<{page}> {m.Op.MethodName}PageAsync({m.Parameters})");
        w.OpenBlock();
        WriteSend(w, m);
        w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage(keygenResponse, {m.DataReader});");
        w.CloseBlock();
    }

    private static void WriteEnumerateMethod(SourceWriter w, MethodShape m)
    {
        WriteDocs(w, m, "Every result, page after page: the next page is fetched only when the previous one has been consumed.");
        w.Line($"{m.Receiver.Modifiers} {KnownTypes.IAsyncEnumerable}<{m.DataType}> {m.Op.MethodName}Async({m.Parameters})");
        w.OpenBlock();
        var args = string.Join(", ", m.PathArguments.Concat(new[] { m.HasRequest ? "request" : null, "ct" }).Where(a => a is not null));
        w.Line($"return {KnownTypes.KeygenPaging}.EnumerateAsync<{m.DataType}>(");
        w.Indent();
        w.Line("async (link, ct) =>");
        w.OpenBlock();
        w.Line("var page = link is null");
        w.Indent();
        w.Line($"? await {m.Receiver.Self}{m.Op.MethodName}PageAsync({args}).ConfigureAwait(false)");
        w.Line($": {KnownTypes.JsonApiDocumentReader}.ReadPage(");
        w.Line($"    await {m.Receiver.Keygen}.SendAsync({KnownTypes.KeygenRequest}.ForLink({KnownTypes.HttpMethod}.Get, link, {CSharp.Literal(m.Op.Id)}, {m.Auth}), ct).ConfigureAwait(false),");
        w.Line($"    {m.DataReader});");
        w.Unindent();
        w.Line("return (page.Data, page.Links.Next);");
        w.CloseBlock(",");
        w.Line($"{(m.HasRequest ? "request?.Limit" : "null")},");
        w.Line("cancellationToken);");
        w.Unindent();
        w.CloseBlock();
    }

    private static void WriteDocs(SourceWriter w, MethodShape m, string returns)
    {
        var op = m.Op;
        Common.Summary(w, op.Summary, op.Id);
        var remarks = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(op.Description))
        {
            remarks.Append(CSharp.Xml(op.Description!.Trim())).Append(' ');
        }

        remarks.Append($"<c>{op.Method.ToString().ToUpperInvariant()} {CSharp.Xml(op.Path)}</c> (<c>{CSharp.Xml(op.Id)}</c>).");
        w.Line($"/// <remarks>{remarks}</remarks>");
        foreach (var parameter in op.PathParameters)
        {
            w.Line($"/// <param name=\"{CSharp.CamelCase(parameter.PropertyName).TrimStart('@')}\">{CSharp.Xml(parameter.Summary ?? $"The {parameter.JsonName} path segment.")}</param>");
        }

        foreach (var (name, doc) in m.BodyArgumentDocs)
        {
            w.Line($"/// <param name=\"{name}\">{doc}</param>");
        }

        if (m.HasRequest)
        {
            w.Line("/// <param name=\"request\">The operation's inputs.</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the call, including any retry wait.</param>");
        w.Line($"/// <returns>{returns}</returns>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenApiException\">Keygen answered with an error (see its <c>Errors</c>).</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenTransportException\">Keygen could not be reached, or the call timed out.</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenMalformedResponseException\">The response was not the document Keygen promises.</exception>");
        if (op.Deprecated is not null)
        {
            w.Line($"[{KnownTypes.ObsoleteAttribute}({CSharp.Literal(op.Deprecated)})]");
        }
    }

    private static void WriteSend(SourceWriter w, MethodShape m)
    {
        var op = m.Op;
        if (m.HasRequest && m.RequestRequired)
        {
            w.Line("global::System.ArgumentNullException.ThrowIfNull(request);");
        }

        if (m.HasQuery)
        {
            w.Line($"var query = new {KnownTypes.List}<{KnownTypes.KeyValuePair}<string, string>>();");
            w.Line(m.RequestRequired ? "request.AddQuery(query);" : "request?.AddQuery(query);");
            if (op.Paging)
            {
                // Even without a request: Keygen pages only when asked for a cursor, else it answers with 10 and no next link.
                w.Line($"{KnownTypes.KeygenQuery}.AddFirstPage(query, {(m.RequestRequired ? "request" : "request?")}.PageSize);");
            }
        }

        var initializers = new List<string>();
        if (!op.AccountScoped)
        {
            initializers.Add("AccountScoped = false,");
        }

        if (m.HasQuery)
        {
            initializers.Add("Query = query,");
        }

        if (m.BodyExpression is not null)
        {
            initializers.Add($"Body = {m.BodyExpression},");
        }

        if (op.Response.Kind == ResponseKind.Binary)
        {
            initializers.Add("Accept = \"application/octet-stream\",");
        }

        if (SecretInputs(m) is { Count: > 0 } secrets)
        {
            initializers.Add($"RedactedValues = {KnownTypes.KeygenPath}.Secrets({string.Join(", ", secrets)}),");
        }

        var create = $"var keygenRequest = new {KnownTypes.KeygenRequest}({KnownTypes.HttpMethod}.{Pascal(op.Method)}, {m.PathExpression}, {CSharp.Literal(op.Id)}, {m.Auth})";
        if (initializers.Count == 0)
        {
            w.Line(create + ";");
        }
        else
        {
            w.Line(create);
            w.OpenBlock();
            foreach (var initializer in initializers)
            {
                w.Line(initializer);
            }

            w.CloseBlock(";");
        }
        var discard = op.Response is { Kind: ResponseKind.None, Meta: null } ? "_ = " : "var keygenResponse = ";
        w.Line($"{discard}await {m.Receiver.Keygen}.SendAsync(keygenRequest, cancellationToken).ConfigureAwait(false);");
    }

    /// <summary>
    /// The expressions of the inputs the schema marks secret (path arguments, and the request's query and meta
    /// properties), which the runtime keeps out of everything it prints about the call.
    /// </summary>
    private static List<string> SecretInputs(MethodShape m)
    {
        var op = m.Op;
        var secrets = op.PathParameters.Where(p => p.Secret).Select(p => CSharp.CamelCase(p.PropertyName)).ToList();
        if (m.HasRequest)
        {
            var request = m.RequestRequired ? "request" : "request?";
            var fields = op.Body is null ? op.Query.AsEnumerable() : op.Query.Concat(op.Body.Meta);
            secrets.AddRange(fields.Where(f => f.Secret && f.Type.Kind == TypeKind.String && !f.Type.IsArray)
                .Select(f => RequestEmitter.IsOptionalMeta(f, op) ? $"{request}.{f.PropertyName}.GetValueOrDefault()" : $"{request}.{f.PropertyName}"));
        }

        return secrets;
    }

    private static void WriteResult(SourceWriter w, MethodShape m)
    {
        var op = m.Op;
        var response = op.Response;
        if (response.Meta is not null)
        {
            var meta = m.Objects[response.Meta];
            var metaReader = TypeMapping.ConverterName(meta.Name) + ".ReadValue";
            if (response.Resource is null)
            {
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadMeta(keygenResponse, {metaReader});");
                return;
            }

            w.Line($"var (data, meta) = {KnownTypes.JsonApiDocumentReader}.ReadDataAndMeta(keygenResponse, {m.DataReader}, {metaReader});");
            w.Line(meta.Properties.Any(p => p.Source == FieldSource.Data) ? "return meta.WithData(data);" : "return meta;");
            return;
        }

        switch (response.Kind)
        {
            case ResponseKind.Single:
                var read = response.Nullable ? "ReadNullableData" : "ReadData";
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.{read}(keygenResponse, {m.DataReader});");
                break;
            case ResponseKind.List:
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage(keygenResponse, {m.DataReader}).Data;");
                break;
            case ResponseKind.Binary:
                w.Line("return keygenResponse.Body.ToArray();");
                break;
            case ResponseKind.Redirect:
                w.Line("return keygenResponse.Location ?? throw new global::Keygen.KeygenMalformedResponseException(");
                w.Line($"    \"Keygen answered {response.Status} without a Location header.\", keygenResponse);");
                break;
        }
    }

    private static string Pascal(HttpMethodKind method) => method switch
    {
        HttpMethodKind.Get => "Get",
        HttpMethodKind.Post => "Post",
        HttpMethodKind.Put => "Put",
        HttpMethodKind.Patch => "Patch",
        _ => "Delete",
    };

    /// <summary>Everything about an operation's C# method that the writers above share.</summary>
    private sealed class MethodShape
    {
        public MethodShape(OperationSpec op, Receiver receiver, IReadOnlyDictionary<string, ResourceSpec> resources, IReadOnlyDictionary<string, ObjectSpec> objects)
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
                ResponseKind.Redirect => ($"{KnownTypes.Task}<{KnownTypes.Uri}>", "The <c>Location</c> Keygen redirects to; it is not followed."),
                _ => (KnownTypes.Task, "A task that completes when Keygen has accepted the call."),
            };
        }
    }

    /// <summary>Whether methods are instance members of a group client or extension methods on one.</summary>
    /// <param name="Modifiers">The method's modifiers.</param>
    /// <param name="Keygen">The expression that reaches the <c>KeygenClient</c>.</param>
    /// <param name="Self">The prefix for calling a sibling method.</param>
    /// <param name="ThisParameter">The extension's receiver parameter, or null for instance methods.</param>
    private sealed record Receiver(string Modifiers, string Keygen, string Self, string? ThisParameter)
    {
        public static Receiver Instance { get; } = new("public", "_keygen", string.Empty, null);

        public static Receiver Extension(string group)
            => new("public static", "client.Client", "client.", $"this {TypeMapping.TypeName(group)}Client client");
    }
}
