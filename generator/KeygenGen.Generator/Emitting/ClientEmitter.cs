using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;
using static KeygenGen.Generator.Planning.CSharpNames.MethodLocals;

namespace KeygenGen.Generator.Emitting;

/// <summary>Emits one client class per operation group (or, for a group the SDK already has, a class of extension methods).</summary>
internal static class ClientEmitter
{
    public static string Emit(ClientPlan plan)
    {
        var group = plan.Group;
        var receiver = Receiver.Of(plan);
        var w = Common.StartFile(CSharpNames.ModelNamespace);
        if (plan.Kind == ClientKind.Extensions)
        {
            Common.Summary(w, null, $"Operations from this project's schema entries, added to <see cref=\"{CSharpNames.TypeName(plan.ClientClass)}\"/>.");
            w.Line(Common.GeneratedCodeAttribute);
            w.Line($"public static partial class {plan.ClassName}");
            w.OpenBlock();
        }
        else
        {
            Common.Summary(w, null, $"The {group} operations of the Keygen API. Reach it through <see cref=\"{KnownTypes.KeygenClient}.{group}\"/>.");
            w.Line(Common.GeneratedCodeAttribute);
            w.Line($"public sealed partial class {plan.ClassName}");
            w.OpenBlock();
            w.Line($"private readonly {KnownTypes.KeygenClient} {CSharpNames.KeygenField};");
            w.Line();
            w.Line($"internal {plan.ClassName}({KnownTypes.KeygenClient} keygen) => {CSharpNames.KeygenField} = keygen;");
            w.Line();
            w.Line("/// <summary>The client this group belongs to; methods generated from users' own schema entries call through it.</summary>");
            w.Line(Common.HiddenAttribute);
            w.Line($"public {KnownTypes.KeygenClient} Client => {CSharpNames.KeygenField};");
        }

        for (var i = 0; i < plan.Methods.Count; i++)
        {
            if (i > 0 || receiver.ThisParameter is null)
            {
                w.Line();
            }

            var method = plan.Methods[i];
            if (method.Paged)
            {
                WritePageMethod(w, method, receiver);
                w.Line();
                WriteEnumerateMethod(w, method, receiver);
            }
            else
            {
                WriteMethod(w, method, receiver);
            }
        }

        w.CloseBlock();
        return Common.EndFile(w);
    }

    private static void WriteMethod(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        WriteDocs(w, m, Returns(m.Response));
        var returnType = m.Response.ResultType is { } result ? $"{KnownTypes.Task}<{result}>" : KnownTypes.Task;
        w.Line($"{receiver.Modifiers} async {returnType} {m.Name}Async({Parameters(m, receiver)})");
        w.OpenBlock();
        WriteSend(w, m, receiver);
        WriteResult(w, m);
        w.CloseBlock();
    }

    private static void WritePageMethod(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        var page = $"{KnownTypes.KeygenPage}<{m.Response.DataType}>";
        WriteDocs(w, m, "One page of results with its paging links; follow <c>Links.Next</c>, or use the method without <c>Page</c> to enumerate them all.");
        w.Line($"{receiver.Modifiers} async {KnownTypes.Task}<{page}> {m.Name}PageAsync({Parameters(m, receiver)})");
        w.OpenBlock();
        WriteSend(w, m, receiver);
        w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage({KeygenResponse}, {DataReader(m)});");
        w.CloseBlock();
    }

    private static void WriteEnumerateMethod(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        var dataType = m.Response.DataType;
        WriteDocs(w, m, "Every result, page after page: the next page is fetched only when the previous one has been consumed.");
        w.Line($"{receiver.Modifiers} {KnownTypes.IAsyncEnumerable}<{dataType}> {m.Name}Async({Parameters(m, receiver)})");
        w.OpenBlock();
        var args = m.Parameters.Where(p => p.Role is ParameterRole.Path or ParameterRole.Request).Select(p => p.Name).Append(CancellationToken);
        w.Line($"return {KnownTypes.KeygenPaging}.EnumerateAsync<{dataType}>(");
        w.Indent();
        w.Line($"async ({Link}, {CancellationToken}) =>");
        w.OpenBlock();
        w.Line($"var {Page} = {Link} is null");
        w.Indent();
        w.Line($"? await {receiver.Self}{m.Name}PageAsync({string.Join(", ", args)}).ConfigureAwait(false)");
        w.Line($": {KnownTypes.JsonApiDocumentReader}.ReadPage(");
        w.Line($"    await {receiver.Keygen}.SendAsync({KnownTypes.KeygenRequest}.ForLink({KnownTypes.HttpMethod}.Get, {Link}, {CSharp.Literal(m.OperationId)}, {Auth(m)}), {CancellationToken}).ConfigureAwait(false),");
        w.Line($"    {DataReader(m)});");
        w.Unindent();
        w.Line($"return ({Page}.Data, {Page}.Links.Next);");
        w.CloseBlock(",");
        w.Line($"{(m.Request is null ? "null" : $"{CSharpNames.RequestParameter}?.Limit")},");
        w.Line($"{CSharpNames.CancellationTokenParameter});");
        w.Unindent();
        w.CloseBlock();
    }

    private static string Parameters(MethodPlan m, Receiver receiver)
    {
        var parameters = m.Parameters.Select(p => p.DefaultValue is null ? $"{p.CSharpType} {p.Name}" : $"{p.CSharpType} {p.Name} = {p.DefaultValue}");
        return string.Join(", ", receiver.ThisParameter is null ? parameters : parameters.Prepend(receiver.ThisParameter));
    }

    private static string Auth(MethodPlan m) => string.Join(" | ", m.Auth.Select(a => $"{KnownTypes.KeygenAuthKinds}.{a}"));

    private static string DataReader(MethodPlan m) => m.Response.DataConverter is { } converter ? converter + ".ReadValue" : string.Empty;

    private static void WriteDocs(SourceWriter w, MethodPlan m, string returns)
    {
        Common.Summary(w, m.Summary, m.OperationId);
        var remarks = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(m.Description))
        {
            remarks.Append(CSharp.Xml(m.Description!.Trim())).Append(' ');
        }

        remarks.Append($"<c>{m.HttpMethod.ToString().ToUpperInvariant()} {CSharp.Xml(m.Path)}</c> (<c>{CSharp.Xml(m.OperationId)}</c>).");
        w.Line($"/// <remarks>{remarks}</remarks>");
        foreach (var parameter in m.Parameters)
        {
            w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{ParameterDoc(parameter)}</param>");
        }

        w.Line($"/// <returns>{returns}</returns>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenApiException\">Keygen answered with an error (see its <c>Errors</c>).</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenTransportException\">Keygen could not be reached, or the call timed out.</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenMalformedResponseException\">The response was not the document Keygen promises.</exception>");
        if (m.Deprecated is not null)
        {
            w.Line($"[{KnownTypes.ObsoleteAttribute}({CSharp.Literal(m.Deprecated)})]");
        }
    }

    private static string ParameterDoc(ParameterPlan parameter) => parameter.Role switch
    {
        ParameterRole.Path => CSharp.Xml(parameter.Summary ?? $"The {parameter.Subject} path segment."),
        ParameterRole.LinkedId => $"The id of the {CSharp.Xml(parameter.Subject ?? "resource")} to link, or null to clear the relationship.",
        ParameterRole.LinkedIds => $"The ids of the {CSharp.Xml(parameter.Subject ?? "resource")} resources.",
        ParameterRole.Items => $"The new {CSharp.Xml(parameter.Subject ?? "resource")} resources, one item each.",
        ParameterRole.Request => "The operation's inputs.",
        _ => "Cancels the call, including any retry wait.",
    };

    private static string Returns(ResponsePlan response)
    {
        if (response.Meta is { } meta)
        {
            return $"The <see cref=\"{CSharpNames.TypeName(meta.Name)}\"/> Keygen answered.";
        }

        return response.Kind switch
        {
            ResponseKind.Single when response.Nullable => "The resource, or null when there is none.",
            ResponseKind.Single => "The resource Keygen answered with.",
            ResponseKind.List => "The resources Keygen answered with.",
            ResponseKind.Binary => "The raw bytes Keygen answered with.",
            ResponseKind.Redirect => "The <c>Location</c> Keygen redirects to; it is not followed.",
            _ => "A task that completes when Keygen has accepted the call.",
        };
    }

    private static void WriteSend(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        var request = m.Request;
        var requestAccess = request is { Required: true } ? CSharpNames.RequestParameter : CSharpNames.RequestParameter + "?";
        if (request is { Required: true })
        {
            w.Line(Common.ThrowIfNull(CSharpNames.RequestParameter));
        }

        if (request is { HasQuery: true })
        {
            w.Line($"var {Query} = new {KnownTypes.List}<{KnownTypes.KeyValuePair}<string, string>>();");
            w.Line($"{requestAccess}.AddQuery({Query});");
            if (m.Paged)
            {
                // Even without a request: Keygen pages only when asked for a cursor, else it answers with 10 and no next link.
                w.Line($"{KnownTypes.KeygenQuery}.AddFirstPage({Query}, {requestAccess}.PageSize);");
            }
        }

        var initializers = new List<string>();
        if (!m.AccountScoped)
        {
            initializers.Add("AccountScoped = false,");
        }

        if (request is { HasQuery: true })
        {
            initializers.Add($"Query = {Query},");
        }

        if (BodyExpression(m) is { } body)
        {
            initializers.Add($"Body = {body},");
        }

        if (m.Response.Kind == ResponseKind.Binary)
        {
            initializers.Add("Accept = \"application/octet-stream\",");
        }

        if (m.Redacted.Count > 0)
        {
            var secrets = m.Redacted.Select(r => r.Property is null ? r.Parameter : $"{requestAccess}.{r.Property}");
            initializers.Add($"RedactedValues = {KnownTypes.KeygenRequest}.Secrets({string.Join(", ", secrets)}),");
        }

        var create = $"var {KeygenRequest} = new {KnownTypes.KeygenRequest}({HttpMethod(m.HttpMethod)}, {PathExpression(m)}, {CSharp.Literal(m.OperationId)}, {Auth(m)})";
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

        var discard = m.Response is { Kind: ResponseKind.None, Meta: null } ? "_ = " : $"var {KeygenResponse} = ";
        w.Line($"{discard}await {receiver.Keygen}.SendAsync({KeygenRequest}, {CSharpNames.CancellationTokenParameter}).ConfigureAwait(false);");
    }

    private static string PathExpression(MethodPlan m)
    {
        var parts = m.PathSegments.Select(segment => segment.Parameter is { } parameter
            ? $"{KnownTypes.KeygenPath}.Segment({parameter}, nameof({parameter.TrimStart('@')}))"
            : CSharp.Literal(segment.Literal!));
        return m.PathSegments.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    private static string? BodyExpression(MethodPlan m)
    {
        var request = CSharpNames.RequestParameter;
        var writeBody = "static (writer, r) => r.WriteBody(writer)";
        return m.Body switch
        {
            BodySource.LinkedId => $"{KnownTypes.JsonApiBody}.ToOne({CSharp.Literal(m.BodyType!)}, {BodyParameter(m)})",
            BodySource.LinkedIds => $"{KnownTypes.JsonApiBody}.ToMany({CSharp.Literal(m.BodyType!)}, {BodyParameter(m)})",
            BodySource.Items => $"{KnownTypes.JsonApiBody}.CreateMany({BodyParameter(m)}, static (writer, item) => item.WriteResource(writer))",
            BodySource.Request => $"{KnownTypes.JsonApiBody}.Write({request}, {writeBody})",
            BodySource.RequestOrEmpty => $"{KnownTypes.JsonApiBody}.Write({request} ?? new {CSharpNames.TypeName(m.Request!.ClassName)}(), {writeBody})",
            BodySource.RequestWhenGiven => $"{request} is null ? null : {KnownTypes.JsonApiBody}.Write({request}, {writeBody})",
            _ => null,
        };
    }

    private static string BodyParameter(MethodPlan m)
        => m.Parameters.First(p => p.Role is ParameterRole.LinkedId or ParameterRole.LinkedIds or ParameterRole.Items).Name;

    private static void WriteResult(SourceWriter w, MethodPlan m)
    {
        var response = m.Response;
        if (response.Meta is { } meta)
        {
            var metaReader = CSharpNames.ConverterName(meta.Name) + ".ReadValue";
            if (response.DataConverter is null)
            {
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadMeta({KeygenResponse}, {metaReader});");
                return;
            }

            w.Line($"var ({Data}, {Meta}) = {KnownTypes.JsonApiDocumentReader}.ReadDataAndMeta({KeygenResponse}, {DataReader(m)}, {metaReader});");
            w.Line(meta.TakesData ? $"return {Meta}.WithData({Data});" : $"return {Meta};");
            return;
        }

        switch (response.Kind)
        {
            case ResponseKind.Single:
                var read = response.Nullable ? "ReadNullableData" : "ReadData";
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.{read}({KeygenResponse}, {DataReader(m)});");
                break;
            case ResponseKind.List:
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage({KeygenResponse}, {DataReader(m)}).Data;");
                break;
            case ResponseKind.Binary:
                w.Line($"return {KeygenResponse}.Body.ToArray();");
                break;
            case ResponseKind.Redirect:
                w.Line($"return {KeygenResponse}.Location ?? throw new global::Keygen.KeygenMalformedResponseException(");
                w.Line($"    \"Keygen answered {response.Status} without a Location header.\", {KeygenResponse});");
                break;
        }
    }

    /// <summary>The <c>HttpMethod</c> instance; PATCH from the runtime, since <c>HttpMethod.Patch</c> is missing on older targets.</summary>
    private static string HttpMethod(HttpMethodKind method) => method switch
    {
        HttpMethodKind.Get => $"{KnownTypes.HttpMethod}.Get",
        HttpMethodKind.Post => $"{KnownTypes.HttpMethod}.Post",
        HttpMethodKind.Put => $"{KnownTypes.HttpMethod}.Put",
        HttpMethodKind.Patch => $"{KnownTypes.KeygenHttpMethods}.Patch",
        _ => $"{KnownTypes.HttpMethod}.Delete",
    };
}
