using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Tokens;

/// <summary>The bodies the token endpoints accept; all of them may be empty.</summary>
internal static class TokenSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("token", "tokens");

    // Who may give a token for another bearer permissions (EE); anyone may for their own (POST /tokens).
    private static readonly Param Permissions = PermissionInput.Param(Role.Admin, Role.Developer, Role.Product, Role.Environment);

    public static readonly RequestSchema Generate = new(
        Param.Object("data",
            Type,
            Param.Object("attributes", Param.Time("expiry").Nullable().Optional(), Param.String("name").Nullable().Optional(), PermissionInput.Param()).Optional(),
            Param.Object("relationships",
                RequestSchema.Relationship("bearer", false, "environment", "environments", "product", "products", "user", "users", "license", "licenses").Optional(),
                Common.EnvironmentRelationship.Param()).Optional()).Optional(),
        Param.Object("meta", Param.String("otp")).Optional());

    public static readonly RequestSchema ForProductOrUser = new(
        Param.Object("data",
            Type,
            Param.Object("attributes", Param.Time("expiry").Nullable().Optional(), Param.String("name").Nullable().Optional(), Permissions).Optional(),
            Param.Object("relationships", Common.EnvironmentRelationship.Param()).Optional()).Optional());

    public static readonly RequestSchema ForLicense = new(
        Param.Object("data",
            Type,
            Param.Object("attributes",
                Param.Time("expiry").Nullable().Optional(),
                Param.String("name").Nullable().Optional(),
                Param.Integer("maxActivations").Optional(),
                Param.Integer("maxDeactivations").Optional(),
                Permissions).Optional(),
            Param.Object("relationships", Common.EnvironmentRelationship.Param()).Optional()).Optional());
}
