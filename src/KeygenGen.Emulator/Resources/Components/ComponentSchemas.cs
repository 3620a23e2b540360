using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Components;

/// <summary>The bodies the component endpoints accept, and the inline components of a machine activation.</summary>
internal static class ComponentSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("component", "components");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", [.. NewAttributes()]),
        Param.Object("relationships", RequestSchema.Relationship("machine", false, "machine", "machines")),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("name").Optional(),
            Param.FreeObject("metadata").Optional().When(r => r.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Product, Role.Environment))),
    ]);

    /// <summary><c>relationships.components</c> of <c>POST /machines</c>: new components, created with the machine.</summary>
    public static Param Inline() => Param.Object("components",
        Param.ArrayOf("data", Param.Object(string.Empty, Type, Param.Object("attributes", [.. NewAttributes()])))).Optional();

    private static Param[] NewAttributes() => [Param.String("fingerprint"), Param.String("name"), Param.FreeObject("metadata").Optional()];
}
