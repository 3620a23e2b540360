using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Processes;

/// <summary>The bodies <c>POST /processes</c> and <c>PATCH /processes/{id}</c> accept.</summary>
internal static class ProcessSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("process", "processes");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Uuid("id").Optional(),
        Param.Object("attributes", Param.String("pid"), Param.FreeObject("metadata").Optional()),
        Param.Object("relationships", RequestSchema.Relationship("machine", false, "machine", "machines")),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.FreeObject("metadata").Optional().When(Privileged)),
    ]);

    private static bool Privileged(ApiRequest r) => r.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Product, Role.Environment);
}
