using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Machines;

/// <summary>The bodies <c>POST /machines</c> (activation) and <c>PATCH /machines/{id}</c> accept.</summary>
internal static class MachineSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("machine", "machines");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Uuid("id").Optional(),
        Param.Object("attributes",
            Param.String("fingerprint"),
            Text("name"),
            Text("ip"),
            Text("hostname"),
            Text("platform"),
            Param.Integer("cores").Nullable().Optional(),
            Param.Integer("memory").Nullable().Optional(),
            Param.Integer("disk").Nullable().Optional(),
            Param.FreeObject("metadata").Optional()),
        Param.Object("relationships",
            RequestSchema.Relationship("license", false, "license", "licenses"),
            RequestSchema.Relationship("owner", true, "user", "users").Optional(),
            Users.UserSchemas.Group(),
            Components.ComponentSchemas.Inline(),
            EnvironmentRelationship.Param()),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Text("name"),
            Text("ip"),
            Text("hostname"),
            Text("platform"),
            Param.Integer("cores").Nullable().Optional().When(Privileged),
            Param.Integer("memory").Nullable().Optional().When(Privileged),
            Param.Integer("disk").Nullable().Optional().When(Privileged),
            Param.FreeObject("metadata").Optional().When(Privileged)),
    ]);

    private static bool Privileged(ApiRequest r) => r.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Product);

    private static Param Text(string name) => Param.String(name).Blankable().Nullable().Optional();
}
