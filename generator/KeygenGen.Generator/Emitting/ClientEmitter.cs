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

            var method = new ClientMethodShape(op, receiver, resources, objects);
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

    private static void WriteMethod(SourceWriter w, ClientMethodShape m)
    {
        WriteDocs(w, m, m.Returns);
        w.Line($"{m.Receiver.Modifiers} async {m.ReturnType} {m.Op.MethodName}Async({m.Parameters})");
        w.OpenBlock();
        WriteSend(w, m);
        WriteResult(w, m);
        w.CloseBlock();
    }

    private static void WritePageMethod(SourceWriter w, ClientMethodShape m)
    {
        var page = $"{KnownTypes.KeygenPage}<{m.DataType}>";
        WriteDocs(w, m, "One page of results with its paging links; follow <c>Links.Next</c>, or use the method without <c>Page</c> to enumerate them all.");
        w.Line($"{m.Receiver.Modifiers} async {KnownTypes.Task}<{page}> {m.Op.MethodName}PageAsync({m.Parameters})");
        w.OpenBlock();
        WriteSend(w, m);
        w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage(keygenResponse, {m.DataReader});");
        w.CloseBlock();
    }

    private static void WriteEnumerateMethod(SourceWriter w, ClientMethodShape m)
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

    private static void WriteDocs(SourceWriter w, ClientMethodShape m, string returns)
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

    private static void WriteSend(SourceWriter w, ClientMethodShape m)
    {
        var op = m.Op;
        if (m.HasRequest && m.RequestRequired)
        {
            w.Line(Common.ThrowIfNull("request"));
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
            initializers.Add($"RedactedValues = {KnownTypes.KeygenRequest}.Secrets({string.Join(", ", secrets)}),");
        }

        var create = $"var keygenRequest = new {KnownTypes.KeygenRequest}({Method(op.Method)}, {m.PathExpression}, {CSharp.Literal(op.Id)}, {m.Auth})";
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
    private static List<string> SecretInputs(ClientMethodShape m)
    {
        var op = m.Op;
        var secrets = op.PathParameters.Where(p => p.Secret).Select(p => CSharp.CamelCase(p.PropertyName)).ToList();
        if (m.HasRequest)
        {
            var request = m.RequestRequired ? "request" : "request?";
            var fields = op.Body is null ? op.Query.AsEnumerable() : op.Query.Concat(op.Body.Meta);
            secrets.AddRange(fields.Where(f => f.Secret && f.Type.Kind == TypeKind.String && !f.Type.IsArray).Select(f => $"{request}.{f.PropertyName}"));
        }

        return secrets;
    }

    private static void WriteResult(SourceWriter w, ClientMethodShape m)
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

    /// <summary>The <c>HttpMethod</c> instance; PATCH from the runtime, since <c>HttpMethod.Patch</c> is missing on older targets.</summary>
    private static string Method(HttpMethodKind method) => method switch
    {
        HttpMethodKind.Get => $"{KnownTypes.HttpMethod}.Get",
        HttpMethodKind.Post => $"{KnownTypes.HttpMethod}.Post",
        HttpMethodKind.Put => $"{KnownTypes.HttpMethod}.Put",
        HttpMethodKind.Patch => $"{KnownTypes.KeygenHttpMethods}.Patch",
        _ => $"{KnownTypes.HttpMethod}.Delete",
    };
}
