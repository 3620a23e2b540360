using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Groups;

/// <summary>The bodies the group endpoints accept.</summary>
internal static class GroupSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("group", "groups");

    private static readonly string[] Limits = ["maxUsers", "maxLicenses", "maxMachines"];

    /// <summary>The limits may be left out on create, and only set back to null by an update.</summary>
    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", [Param.String("name"), .. Limit(nullable: false), Param.FreeObject("metadata").Optional()]),
        Param.Object("relationships").Optional(),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", [Param.String("name").Optional(), .. Limit(nullable: true), Param.FreeObject("metadata").Optional()]),
    ]);

    /// <summary><c>PATCH /licenses|machines|users/{id}/group</c>: <c>{ "data": { type, id } }</c> or <c>{ "data": null }</c>.</summary>
    public static readonly RequestSchema Change = RequestSchema.Linkage(true, "group", "groups");

    /// <summary><c>POST|DELETE /groups/{id}/owners</c> (Keygen sets no length limit on this one).</summary>
    public static readonly RequestSchema Owners = new(Param.ArrayOf("data", Param.Object(string.Empty, RequestSchema.TypeOf("user", "users"), Param.Uuid("id"))));

    private static Param[] Limit(bool nullable) =>
        [.. System.Linq.Enumerable.Select(Limits, name => nullable ? Param.Integer(name).Optional().Nullable() : Param.Integer(name).Optional())];
}
