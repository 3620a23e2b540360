using System;
using System.Collections.Generic;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Parsing;

/// <summary>
/// The schema format's vocabulary, defined once: the keys each kind of schema object accepts, and every closed set of
/// values. schema/README.md explains them; schema/format/keygen.schema.json describes the same format to editors, and
/// a test keeps it in step with this class.
/// </summary>
internal static class SchemaFormat
{
    public static readonly string[] FileKeys = { "$schema", "enums", "objects", "resources", "unions", "events", "operations" };
    public static readonly string[] EnumKeys = { "summary", "values" };
    public static readonly string[] EnumValueKeys = { "value", "name", "summary" };
    public static readonly string[] ObjectKeys = { "summary", "properties" };
    public static readonly string[] ResourceKeys = { "type", "summary", "attributes", "relationships", "meta" };
    public static readonly string[] AttributeKeys = { "type", "nullable", "summary", "create", "update", "writeOnly", "secret", "deprecated", "name", "createRoles", "updateRoles" };
    public static readonly string[] RelationshipKeys = { "to", "many", "nullable", "create", "update", "inline", "summary", "name", "createRoles", "updateRoles", "meta" };
    public static readonly string[] UnionKeys = { "summary", "of" };
    public static readonly string[] EventKeys = { "resource", "many", "meta", "summary", "name" };

    /// <summary>The keys of a field: an object's property, a query or path parameter, a member of a meta.</summary>
    public static readonly string[] FieldKeys = { "type", "required", "nullable", "summary", "name", "secret", "source" };

    public static readonly string[] OperationKeys =
    {
        "id", "method", "path", "summary", "description", "accountScoped", "auth", "deprecated",
        "pathParameters", "query", "paging", "body", "response", "requestName",
    };

    public static readonly string[] BodyKeys = { "mode", "resource", "meta", "clientId" };
    public static readonly string[] ResponseKeys = { "status", "kind", "resource", "nullable", "meta" };

    /// <summary>The built-in type strings; any other type string names a declaration (and <c>[]</c> makes an array).</summary>
    public static readonly IReadOnlyDictionary<string, TypeKind> BuiltInTypes = new Dictionary<string, TypeKind>(StringComparer.Ordinal)
    {
        ["string"] = TypeKind.String,
        ["integer"] = TypeKind.Integer,
        ["int64"] = TypeKind.Int64,
        ["number"] = TypeKind.Number,
        ["boolean"] = TypeKind.Boolean,
        ["datetime"] = TypeKind.DateTime,
        ["object"] = TypeKind.JsonObject,
        ["any"] = TypeKind.Any,
    };

    public static readonly IReadOnlyDictionary<string, HttpMethodKind> Methods = new Dictionary<string, HttpMethodKind>(StringComparer.Ordinal)
    {
        ["GET"] = HttpMethodKind.Get,
        ["POST"] = HttpMethodKind.Post,
        ["PUT"] = HttpMethodKind.Put,
        ["PATCH"] = HttpMethodKind.Patch,
        ["DELETE"] = HttpMethodKind.Delete,
    };

    public static readonly int[] Statuses = { 200, 201, 202, 204, 303, 307 };

    /// <summary><c>"create"</c> of attributes and relationships.</summary>
    public static readonly Choice<Presence> Presence = new(
        Choice.Option("required", Model.Presence.Required),
        Choice.Option("optional", Model.Presence.Optional),
        Choice.Option("no", Model.Presence.No));

    /// <summary><c>"source"</c> of a field.</summary>
    public static readonly Choice<FieldSource> Source = new(Choice.Option("data", FieldSource.Data));

    /// <summary>The items of <c>"auth"</c>.</summary>
    public static readonly Choice<AuthKind> Auth = new(
        Choice.Option("none", AuthKind.None),
        Choice.Option("token", AuthKind.Token),
        Choice.Option("license", AuthKind.License),
        Choice.Option("basic", AuthKind.Basic));

    /// <summary>An item of <c>"createRoles"</c> or <c>"updateRoles"</c>.</summary>
    public static readonly Choice<BearerRole> BearerRoles = new(
        Choice.Option("admin", BearerRole.Admin),
        Choice.Option("developer", BearerRole.Developer),
        Choice.Option("sales-agent", BearerRole.SalesAgent),
        Choice.Option("support-agent", BearerRole.SupportAgent),
        Choice.Option("read-only", BearerRole.ReadOnly),
        Choice.Option("product", BearerRole.Product),
        Choice.Option("environment", BearerRole.Environment),
        Choice.Option("license", BearerRole.License),
        Choice.Option("user", BearerRole.User));

    /// <summary><c>"mode"</c> of a body.</summary>
    public static readonly Choice<BodyMode> BodyModes = new(
        Choice.Option("create", BodyMode.Create),
        Choice.Option("update", BodyMode.Update),
        Choice.Option("meta", BodyMode.Meta),
        Choice.Option("toOne", BodyMode.ToOne),
        Choice.Option("toMany", BodyMode.ToMany),
        Choice.Option("createMany", BodyMode.CreateMany));

    /// <summary><c>"kind"</c> of a response.</summary>
    public static readonly Choice<ResponseKind> ResponseKinds = new(
        Choice.Option("single", ResponseKind.Single),
        Choice.Option("list", ResponseKind.List),
        Choice.Option("none", ResponseKind.None),
        Choice.Option("binary", ResponseKind.Binary),
        Choice.Option("redirect", ResponseKind.Redirect));
}
