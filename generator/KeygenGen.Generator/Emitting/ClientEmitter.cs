using System.Collections.Generic;
using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;
using KeygenGen.Generator.Planning;
using static KeygenGen.Generator.Planning.CSharpNames.MethodLocals;

namespace KeygenGen.Generator.Emitting;

/// <summary>
/// Emits one client class per operation group (or, for a group the SDK already has, a class of extension methods). Each
/// operation becomes pairs of public methods (with and without <c>KeygenCallOptions</c>; the typed result, and the typed
/// result with its response), all sharing two private helpers: one that builds the request, one that reads the result.
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(ClientPlan plan)
    {
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
            WriteClassHeader(w, plan);
        }

        for (var i = 0; i < plan.Methods.Count; i++)
        {
            if (i > 0 || receiver.ThisParameter is null)
            {
                w.Line();
            }

            WriteOperation(w, plan.Methods[i], receiver);
        }

        w.CloseBlock();
        return Common.EndFile(w);
    }

    /// <summary>The class, its constructors (a protected one for test doubles) and the <c>Client</c> its methods call through.</summary>
    private static void WriteClassHeader(SourceWriter w, ClientPlan plan)
    {
        // In a consumer's build the group is reached by an extension method, not a property of the compiled KeygenClient.
        var entryPoint = plan.EntryPoint == EntryPointKind.Extensions
            ? $"{CSharpNames.TypeName(CSharpNames.EntryPointExtensionsClass)}.{plan.Group}({KnownTypes.KeygenClient})"
            : $"{KnownTypes.KeygenClient}.{plan.Group}";
        w.Line("/// <summary>");
        w.Line($"/// The {plan.Group} operations of the Keygen API. Reach it through <see cref=\"{entryPoint}\"/>.");
        w.Line("/// To test code that uses it without Keygen, derive a stub with the protected constructor and override the methods it calls.");
        w.Line("/// </summary>");
        w.Line(Common.GeneratedCodeAttribute);
        w.Line($"public partial class {plan.ClassName}");
        w.OpenBlock();
        w.Line($"private readonly {KnownTypes.KeygenClient}? {CSharpNames.KeygenField};");
        w.Line();
        w.Line("/// <summary>For test doubles: a group without a client, whose methods throw unless a derived class overrides them.</summary>");
        w.Line($"protected {plan.ClassName}()");
        w.OpenBlock();
        w.CloseBlock();
        w.Line();
        w.Line($"internal {plan.ClassName}({KnownTypes.KeygenClient} keygen) => {CSharpNames.KeygenField} = keygen;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The client this group belongs to; every method, and those generated from users' own schema entries, calls through it.");
        w.Line("/// A test double may override it with a stub of <c>KeygenClient.SendAsync</c>.");
        w.Line("/// </summary>");
        w.Line(Common.HiddenAttribute);
        w.Line($"public virtual {KnownTypes.KeygenClient} Client => {CSharpNames.KeygenField} ?? throw new {KnownTypes.InvalidOperationException}(");
        w.Line($"    GetType().Name + {CSharp.Literal($" is a test double of {plan.ClassName} without a KeygenClient: override the methods the code under test calls (or Client).")});");
    }

    private static void WriteOperation(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        var result = ResultType(m);
        if (m.Paged)
        {
            var page = $"{KnownTypes.Task}<{result}>";
            var pageDocs = "One page of results with its paging links; follow <c>Links.Next</c>, or use the method without <c>Page</c> to enumerate them all.";
            WritePair(w, m, receiver, CSharpNames.Page(m.Name) + "Async", page, pageDocs, async: true, () => WriteResultBody(w, m, receiver));
            w.Line();
            WriteWithResponsePair(w, m, receiver, result);
            w.Line();
            var every = $"{KnownTypes.IAsyncEnumerable}<{m.Response.DataType}>";
            var everyDocs = "Every result, page after page: the next page is fetched only when the previous one has been consumed.";
            WritePair(w, m, receiver, m.Name + "Async", every, everyDocs, async: false, () => WriteEnumerateBody(w, m, receiver));
        }
        else
        {
            var task = result is null ? KnownTypes.Task : $"{KnownTypes.Task}<{result}>";
            WritePair(w, m, receiver, m.Name + "Async", task, Returns(m.Response), async: true, () => WriteResultBody(w, m, receiver));
            w.Line();
            WriteWithResponsePair(w, m, receiver, result);
        }

        w.Line();
        WriteRequestFactory(w, m);
        if (result is not null)
        {
            w.Line();
            WriteResultReader(w, m, result);
        }
    }

    /// <summary>
    /// The method that takes the call's options (virtual in a client class: the one a test double overrides), preceded by the
    /// one without them, which passes null.
    /// </summary>
    private static void WritePair(SourceWriter w, MethodPlan m, Receiver receiver, string name, string returnType, string returns, bool async, System.Action writeBody)
    {
        WriteDocs(w, m, receiver, returns, withOptions: false);
        var forwarded = ArgumentsOf(m, p => p.Role == ParameterRole.CallOptions ? "null" : p.Name);
        w.Line($"{receiver.Modifiers} {returnType} {name}({Parameters(m, receiver, withOptions: false)})");
        w.Line($"    => {receiver.Self}{name}({forwarded});");
        w.Line();
        WriteDocs(w, m, receiver, returns, withOptions: true);
        w.Line($"{receiver.OverridableModifiers}{(async ? " async" : string.Empty)} {returnType} {name}({Parameters(m, receiver, withOptions: true)})");
        w.OpenBlock();
        writeBody();
        w.CloseBlock();
    }

    private static void WriteWithResponsePair(SourceWriter w, MethodPlan m, Receiver receiver, string? result)
    {
        var returnType = result is null ? $"{KnownTypes.Task}<{KnownTypes.KeygenResponse}>" : $"{KnownTypes.Task}<{KnownTypes.KeygenResponse}<{result}>>";
        var returns = result is null
            ? "Keygen's response: status, headers, request id, rate limit and body."
            : "The result together with Keygen's response: status, headers, request id, rate limit and the body it was read from, kept.";
        WritePair(w, m, receiver, m.WithResponseName + "Async", returnType, returns, async: true, () =>
        {
            if (result is null)
            {
                w.Line($"return ({Send(m, receiver)}).RetainBody();");
                return;
            }

            // Kept before it is read: the reader gives a pooled body back unless someone else holds the response.
            w.Line($"var {KeygenResponse} = ({Send(m, receiver)}).RetainBody();");
            w.Line($"return new {KnownTypes.KeygenResponse}<{result}>({m.ResultReaderName}({KeygenResponse}), {KeygenResponse});");
        });
    }

    private static void WriteResultBody(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        if (ResultType(m) is null)
        {
            w.Line($"_ = {Send(m, receiver)};");
            return;
        }

        w.Line($"var {KeygenResponse} = {Send(m, receiver)};");
        w.Line($"return {m.ResultReaderName}({KeygenResponse});");
    }

    private static void WriteEnumerateBody(SourceWriter w, MethodPlan m, Receiver receiver)
    {
        var dataType = m.Response.DataType;
        var options = OptionsParameter(m);
        var pageArguments = ArgumentsOf(m, p => p.Role == ParameterRole.CancellationToken ? CancellationToken : p.Name);
        w.Line($"return {KnownTypes.KeygenPaging}.EnumerateAsync<{dataType}>(");
        w.Indent();
        w.Line($"async ({Link}, {CancellationToken}) =>");
        w.OpenBlock();
        w.Line($"var {Page} = {Link} is null");
        w.Indent();
        w.Line($"? await {receiver.Self}{CSharpNames.Page(m.Name)}Async({pageArguments}).ConfigureAwait(false)");
        w.Line($": {m.ResultReaderName}(await {receiver.Keygen}.SendAsync({KnownTypes.KeygenRequest}.ForLink({KnownTypes.HttpMethod}.Get, {Link}, {CSharp.Literal(m.OperationId)}, {Auth(m)}), {options}, {CancellationToken}).ConfigureAwait(false));");
        w.Unindent();
        w.Line($"return ({Page}.Data, {Page}.Links.Next);");
        w.CloseBlock(",");
        w.Line($"{(m.Request is null ? "null" : $"{CSharpNames.RequestParameter}?.Limit")},");
        w.Line($"{CSharpNames.CancellationTokenParameter});");
        w.Unindent();
    }

    /// <summary>Sending the request the factory builds, with the call's options: an <c>await</c> expression.</summary>
    private static string Send(MethodPlan m, Receiver receiver)
    {
        var inputs = string.Join(", ", Inputs(m).Select(p => p.Name));
        return $"await {receiver.Keygen}.SendAsync({m.RequestFactoryName}({inputs}), {OptionsParameter(m)}, {CSharpNames.CancellationTokenParameter}).ConfigureAwait(false)";
    }

    /// <summary>What the method's task gives, a paged list's page included; null for a plain <c>Task</c>.</summary>
    private static string? ResultType(MethodPlan m) => m.Paged ? $"{KnownTypes.KeygenPage}<{m.Response.DataType}>" : m.Response.ResultType;

    /// <summary>The inputs the request is built from: every parameter but the call options and the cancellation token.</summary>
    private static IEnumerable<ParameterPlan> Inputs(MethodPlan m) =>
        m.Parameters.Where(p => p.Role is not (ParameterRole.CallOptions or ParameterRole.CancellationToken));

    private static string OptionsParameter(MethodPlan m) => m.Parameters.First(p => p.Role == ParameterRole.CallOptions).Name;

    /// <summary>
    /// The parameter list; with the call options, which have no default (so that the overload without them is the one a call
    /// without them picks), the optional parameters before them lose their defaults too, as C# requires.
    /// </summary>
    private static string Parameters(MethodPlan m, Receiver receiver, bool withOptions)
    {
        var options = m.Parameters.ToList().FindIndex(p => p.Role == ParameterRole.CallOptions);
        var parameters = m.Parameters
            .Select((p, i) => (p, i))
            .Where(x => withOptions || x.p.Role != ParameterRole.CallOptions)
            .Select(x => x.p.DefaultValue is null || (withOptions && x.i < options) ? $"{x.p.CSharpType} {x.p.Name}" : $"{x.p.CSharpType} {x.p.Name} = {x.p.DefaultValue}");
        return string.Join(", ", receiver.ThisParameter is null ? parameters : parameters.Prepend(receiver.ThisParameter));
    }

    /// <summary>The arguments of a call to the overload with options, from this method's parameters.</summary>
    private static string ArgumentsOf(MethodPlan m, System.Func<ParameterPlan, string> argument) => string.Join(", ", m.Parameters.Select(argument));

    private static string Auth(MethodPlan m) => string.Join(" | ", m.Auth.Select(a => $"{KnownTypes.KeygenAuthKinds}.{a}"));

    private static string DataReader(MethodPlan m) => m.Response.DataConverter is { } converter ? converter + ".ReadValue" : string.Empty;

    private static void WriteDocs(SourceWriter w, MethodPlan m, Receiver receiver, string returns, bool withOptions)
    {
        Common.Summary(w, m.Summary, m.OperationId);
        var remarks = string.IsNullOrWhiteSpace(m.Description) ? string.Empty : CSharp.Xml(m.Description!.Trim()) + " ";
        w.Line($"/// <remarks>{remarks}<c>{m.HttpMethod.ToString().ToUpperInvariant()} {CSharp.Xml(m.Path)}</c> (<c>{CSharp.Xml(m.OperationId)}</c>).</remarks>");
        if (receiver.ThisParameterDoc is { } receiverDoc)
        {
            w.Line($"/// {receiverDoc}");
        }

        foreach (var parameter in m.Parameters.Where(p => withOptions || p.Role != ParameterRole.CallOptions))
        {
            w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{ParameterDoc(parameter)}</param>");
        }

        w.Line($"/// <returns>{returns}</returns>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenApiException\">Keygen answered with an error (see its <c>Errors</c>).</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenTransportException\">Keygen could not be reached, or the call timed out.</exception>");
        w.Line("/// <exception cref=\"global::Keygen.KeygenMalformedResponseException\">The response was not the document Keygen promises.</exception>");
        if (m.Paged && m.Request is not null)
        {
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The request's <c>PageNumber</c> or <c>PageSize</c> is outside 1 to 100, the ranges Keygen serves; nothing was sent.</exception>");
        }

        if (withOptions)
        {
            w.Line("/// <exception cref=\"global::Keygen.KeygenConfigurationException\">The options are invalid, or ask for what this client cannot do.</exception>");
        }

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
        ParameterRole.CallOptions => "Settings for this call, laid over the client's; null keeps the client's.",
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
            ResponseKind.Redirect when response.LocationOnly => "The <c>Location</c> Keygen redirects to; it is not followed.",
            ResponseKind.Redirect => "The resource Keygen answered with and the <c>Location</c> it redirects to, which is not followed "
                + "(null when Keygen gave none, e.g. for an artifact not uploaded yet).",
            _ => "A task that completes when Keygen has accepted the call.",
        };
    }

    /// <summary>The private helper that turns the method's inputs into its <c>KeygenRequest</c>.</summary>
    private static void WriteRequestFactory(SourceWriter w, MethodPlan m)
    {
        var inputs = string.Join(", ", Inputs(m).Select(p => $"{p.CSharpType} {p.Name}"));
        w.Line($"private static {KnownTypes.KeygenRequest} {m.RequestFactoryName}({inputs})");
        w.OpenBlock();
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
                // Even without a request: Keygen pages only when asked for a cursor or a page number, else it answers with 10 and no next link.
                w.Line($"{KnownTypes.KeygenQuery}.AddFirstPage({Query}, {requestAccess}.PageSize, {requestAccess}.PageNumber);");
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

        var create = $"return new {KnownTypes.KeygenRequest}({HttpMethod(m.HttpMethod)}, {PathExpression(m)}, {CSharp.Literal(m.OperationId)}, {Auth(m)})";
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

        w.CloseBlock();
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

    /// <summary>The private helper that reads the method's result from the response.</summary>
    private static void WriteResultReader(SourceWriter w, MethodPlan m, string result)
    {
        var response = m.Response;
        w.Line($"private static {result} {m.ResultReaderName}({KnownTypes.KeygenResponse} {KeygenResponse})");
        w.OpenBlock();
        if (m.Paged)
        {
            w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadPage({KeygenResponse}, {DataReader(m)});");
        }
        else if (response.Meta is { } meta)
        {
            var metaReader = CSharpNames.ConverterName(meta.Name) + ".ReadValue";
            if (response.DataConverter is null)
            {
                w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadMeta({KeygenResponse}, {metaReader});");
            }
            else
            {
                w.Line($"var ({Data}, {Meta}) = {KnownTypes.JsonApiDocumentReader}.ReadDataAndMeta({KeygenResponse}, {DataReader(m)}, {metaReader});");
                w.Line(meta.TakesData ? $"return {Meta}.WithData({Data});" : $"return {Meta};");
            }
        }
        else
        {
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
                case ResponseKind.Redirect when response.LocationOnly:
                    w.Line($"return {KeygenResponse}.Location ?? throw new global::Keygen.KeygenMalformedResponseException(");
                    w.Line($"    \"Keygen answered {response.Status} without a Location header.\", {KeygenResponse});");
                    break;
                case ResponseKind.Redirect:
                    w.Line($"return {KnownTypes.JsonApiDocumentReader}.ReadRedirect({KeygenResponse}, {DataReader(m)});");
                    break;
            }
        }

        w.CloseBlock();
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
