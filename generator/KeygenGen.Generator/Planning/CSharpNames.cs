using System.Linq;
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
    /// A local named after a wire name: <paramref name="prefix"/>, an underscore, then the name with every character that
    /// is not a letter or digit replaced by <c>_</c> (<c>("a", "page[size]")</c> → <c>a_page_size_</c>).
    /// </summary>
    public static string Local(string prefix, string wireName)
        => prefix + "_" + new string(wireName.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>The group client's field holding the <c>KeygenClient</c>.</summary>
    public const string KeygenField = "_keygen";

    /// <summary>The receiver parameter of a consumer's extension methods on a group client.</summary>
    public const string ExtensionReceiver = "client";

    public const string RequestParameter = "request";

    public const string ItemsParameter = "items";

    public const string CancellationTokenParameter = "cancellationToken";

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
