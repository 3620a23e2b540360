using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>The bodies the entitlement endpoints accept.</summary>
internal static class EntitlementSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("entitlement", "entitlements");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", Param.String("name"), Param.String("code"), Param.FreeObject("metadata").Optional()),

        // The environment it lives in (Keygen EE with environments); by default the request's.
        Param.Object("relationships",
            RequestSchema.Relationship("environment", true, "environment", "environments").Optional()).Optional(),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.String("name").Optional(), Param.String("code").Optional(), Param.FreeObject("metadata").Optional()),
    ]);

    /// <summary><c>POST|DELETE /policies/{id}/entitlements</c> and <c>/licenses/{id}/entitlements</c>.</summary>
    public static readonly RequestSchema Attach = Attachments.Schema("entitlement", "entitlements");
}
