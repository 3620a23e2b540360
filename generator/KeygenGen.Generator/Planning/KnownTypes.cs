namespace KeygenGen.Generator.Planning;

/// <summary>Fully qualified names of every framework and runtime-library type the emitted code uses.</summary>
internal static class KnownTypes
{
    public const string String = "string";
    public const string DateTimeOffset = "global::System.DateTimeOffset";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string IAsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string List = "global::System.Collections.Generic.List";
    public const string HashSet = "global::System.Collections.Generic.HashSet";
    public const string StringComparer = "global::System.StringComparer";
    public const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair";
    public const string Uri = "global::System.Uri";
    public const string HttpMethod = "global::System.Net.Http.HttpMethod";
    public const string ObsoleteAttribute = "global::System.ObsoleteAttribute";
    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
    public const string EditorBrowsableAttribute = "global::System.ComponentModel.EditorBrowsableAttribute";
    public const string EditorBrowsableState = "global::System.ComponentModel.EditorBrowsableState";
    public const string JsonObject = "global::System.Text.Json.Nodes.JsonObject";
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonSerializerOptions = "global::System.Text.Json.JsonSerializerOptions";
    public const string JsonConverter = "global::System.Text.Json.Serialization.JsonConverter";
    public const string JsonConverterAttribute = "global::System.Text.Json.Serialization.JsonConverterAttribute";
    public const string Type = "global::System.Type";
    public const string EnumeratorCancellation = "global::System.Runtime.CompilerServices.EnumeratorCancellationAttribute";
    public const string InvalidOperationException = "global::System.InvalidOperationException";

    public const string KeygenClient = "global::Keygen.KeygenClient";
    public const string KeygenAuthKinds = "global::Keygen.KeygenAuthKinds";
    public const string KeygenRequest = "global::Keygen.Http.KeygenRequest";
    public const string KeygenResponse = "global::Keygen.Http.KeygenResponse";
    public const string KeygenCallOptions = "global::Keygen.KeygenCallOptions";
    public const string KeygenHttpMethods = "global::Keygen.Http.KeygenHttpMethods";
    public const string KeygenPaging = "global::Keygen.Paging.KeygenPaging";
    public const string KeygenPage = "global::Keygen.Serialization.KeygenPage";
    public const string KeygenRedirect = "global::Keygen.Serialization.KeygenRedirect";
    public const string Optional = "global::Keygen.Serialization.Optional";
    public const string KeygenJson = "global::Keygen.Serialization.KeygenJson";
    public const string JsonApiBody = "global::Keygen.Serialization.JsonApiBody";
    public const string JsonApiDocumentReader = "global::Keygen.Serialization.JsonApiDocumentReader";
    public const string KeygenPath = "global::Keygen.Serialization.KeygenPath";
    public const string KeygenQuery = "global::Keygen.Serialization.KeygenQuery";
    public const string IKeygenEnum = "global::Keygen.Serialization.IKeygenEnum";
    public const string KeygenEventKind = "global::Keygen.Webhooks.KeygenEventKind";
    public const string KeygenEventPayload = "global::Keygen.Webhooks.KeygenEventPayload";
}
