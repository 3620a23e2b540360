using KeygenGen.Generator.Helpers;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// The naming pass: every name the generated code declares or refers to is derived here, and only here (types, hint
/// names, members, parameters, locals). The planners store the results in the plans, so a check for colliding names
/// walks one plan instead of reading five emitters.
/// </summary>
internal static class CSharpNames
{
    public const string ModelNamespace = "Keygen";
    public const string ConverterNamespace = "Keygen.Serialization.Converters";

    /// <summary>The fully qualified name of a declaration's generated type (or of a request or client class).</summary>
    public static string TypeName(string className) => $"global::{ModelNamespace}.{className}";

    /// <summary>The class name of a declaration's generated JSON converter.</summary>
    public static string ConverterClass(string declarationName) => declarationName + "JsonConverter";

    /// <summary>The fully qualified name of a declaration's generated JSON converter.</summary>
    public static string ConverterName(string declarationName) => $"global::{ConverterNamespace}.{ConverterClass(declarationName)}";

    public static string EnumHintName(string name) => $"Enums.{name}.g.cs";

    public static string ObjectHintName(string name) => $"Objects.{name}.g.cs";

    public static string ModelHintName(string name) => $"Models.{name}.g.cs";

    public static string UnionHintName(string name) => $"Unions.{name}.g.cs";

    public static string RequestHintName(string name) => $"Requests.{name}.g.cs";

    public static string ClientHintName(string className) => $"Clients.{className}.g.cs";

    public const string EntryPointsHintName = "KeygenClient.Groups.g.cs";

    public const string EntryPointExtensionsHintName = "KeygenClient.GroupExtensions.g.cs";

    /// <summary>The class of the extension methods that reach a consumer's new groups from the compiled <c>KeygenClient</c>.</summary>
    public const string EntryPointExtensionsClass = "KeygenClientGroupExtensions";

    /// <summary>The class of the SDK's event kinds.</summary>
    public const string EventsClass = "KeygenEvents";

    /// <summary>The class of the event kinds a consumer's schema adds (the SDK's <see cref="EventsClass"/> is compiled).</summary>
    public const string ExtensionEventsClass = "KeygenExtensionEvents";

    public static string EventsHintName(string className) => $"{className}.g.cs";

    /// <summary>The fully qualified name of the event type enum.</summary>
    public static string EventTypeName => TypeName(Model.EventSpec.TypeEnumName);

    /// <summary>The client class of an operation group: <c>Licenses</c> → <c>LicensesClient</c>.</summary>
    public static string ClientClass(string group) => group + "Client";

    /// <summary>The class holding a consumer's operations of a group the SDK already has, as extension methods.</summary>
    public static string ClientExtensionsClass(string group) => group + "ClientExtensions";

    /// <summary>The <c>KeygenClient</c> field that caches a group's client: <c>Licenses</c> → <c>_licenses</c>.</summary>
    public static string GroupField(string group) => "_" + char.ToLowerInvariant(group[0]) + group.Substring(1);

    /// <summary>An identifier safe to use as a local or parameter (keywords get an <c>@</c>).</summary>
    public static string Identifier(string name) => CSharpKeywords.IsKeyword(name) ? "@" + name : name;

    /// <summary><c>PolicyId</c> → <c>policyId</c>, as a safe identifier.</summary>
    public static string CamelCase(string pascal)
        => pascal.Length == 0 ? pascal : Identifier(char.ToLowerInvariant(pascal[0]) + pascal.Substring(1));

    /// <summary>
    /// A local named after a member: <paramref name="prefix"/>, an underscore, then the member's C# name
    /// (<c>("a", "PageSize")</c> → <c>a_PageSize</c>). Named after the C# name, which is unique in its class, not the wire
    /// name: wire names may differ only in punctuation (<c>a-b</c>, <c>a_b</c>). The underscore keeps it apart from every
    /// other name the code declares, as schema names have none.
    /// </summary>
    public static string Local(string prefix, string memberName) => prefix + "_" + memberName;

    /// <summary>The group client's field holding the <c>KeygenClient</c>.</summary>
    public const string KeygenField = "_keygen";

    /// <summary>The receiver parameter of a consumer's extension methods on a group client.</summary>
    public const string ExtensionReceiver = "client";

    public const string RequestParameter = "request";

    public const string ItemsParameter = "items";

    public const string CancellationTokenParameter = "cancellationToken";

    /// <summary>The parameter of a call's <c>KeygenCallOptions</c>, unless an input of the operation already has the name.</summary>
    public const string CallOptionsParameter = "options";

    /// <summary>What the call options parameter is named instead when an input is named <see cref="CallOptionsParameter"/>.</summary>
    public const string CallOptionsFallbackParameter = "callOptions";

    /// <summary>The method that returns the typed result with its response: <c>Get</c> → <c>GetWithResponse</c>.</summary>
    public static string WithResponse(string methodName) => methodName + "WithResponse";

    /// <summary>The page method of a paged list: <c>List</c> → <c>ListPage</c>.</summary>
    public static string Page(string methodName) => methodName + "Page";

    /// <summary>An operation's <see cref="WithResponse"/> method: a paged list's is its page's, <c>ListPageWithResponse</c>.</summary>
    public static string WithResponseOf(string methodName, bool paged) => WithResponse(paged ? Page(methodName) : methodName);

    /// <summary>
    /// The public methods of an operation in its client class (each with and without call options): <c>GetAsync</c> and
    /// <c>GetWithResponseAsync</c>; for a paged list <c>ListAsync</c>, <c>ListPageAsync</c> and <c>ListPageWithResponseAsync</c>.
    /// Its private helpers (<see cref="RequestFactory"/>, <see cref="ResultReader"/>) are named after the method alone.
    /// </summary>
    public static string[] OperationMethods(string methodName, bool paged) => paged
        ? new[] { methodName + "Async", Page(methodName) + "Async", WithResponseOf(methodName, paged) + "Async" }
        : new[] { methodName + "Async", WithResponseOf(methodName, paged) + "Async" };

    /// <summary>A method's private request builder: <c>Get</c> → <c>CreateGetRequest</c>.</summary>
    public static string RequestFactory(string methodName) => "Create" + methodName + "Request";

    /// <summary>A method's private result reader: <c>Get</c> → <c>ReadGetResult</c>.</summary>
    public static string ResultReader(string methodName) => "Read" + methodName + "Result";

    /// <summary>The locals (and lambda parameters) a client method's body declares besides its parameters.</summary>
    public static class MethodLocals
    {
        public const string Query = "query";
        public const string KeygenRequest = "keygenRequest";
        public const string KeygenResponse = "keygenResponse";
        public const string Data = "data";
        public const string Meta = "meta";
        public const string Page = "page";
        public const string Link = "link";
        public const string CancellationToken = "ct";
    }
}
