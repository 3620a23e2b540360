using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Users;

/// <summary>The bodies the user endpoints accept.</summary>
internal static class UserSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("user", "users");

    private static readonly Param Permissions = Auth.Permissions.PermissionInput.Param(Model.Role.Admin, Model.Role.Developer, Model.Role.Product, Model.Role.Environment);

    private static readonly Param Role = Param.String("role").In([.. UserRoles.Names]).Optional().When(r => r.Caller.Is(Model.Role.Admin));

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
            Param.String("firstName").Blankable().Optional(),
            Param.String("lastName").Blankable().Optional(),
            Param.String("email"),
            Param.String("password").Nullable().Optional(),
            Param.FreeObject("metadata").Optional(),
            Role,
            Permissions),
        Param.Object("relationships", Group(), Common.EnvironmentRelationship.Param()).Optional(),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("firstName").Blankable().Nullable().Optional(),
            Param.String("lastName").Blankable().Nullable().Optional(),
            Param.String("email").Optional(),
            Param.String("password").Nullable().Optional().When(r => r.Caller.IsAdmin || r.Caller.Is(Model.Role.Product)),
            Param.FreeObject("metadata").Optional().When(r => r.Caller.IsAdmin || r.Caller.Is(Model.Role.SalesAgent, Model.Role.Product)),
            Role,
            Permissions).Optional(),
    ]);

    public static readonly RequestSchema UpdatePassword = new(Param.Object("meta", Param.String("oldPassword"), Param.String("newPassword")));

    public static readonly RequestSchema ResetPassword = new(Param.Object("meta", Param.String("passwordResetToken"), Param.String("newPassword")));

    public static readonly RequestSchema RequestReset = new(Param.Object("meta", Param.Boolean("deliver").Optional(), Param.String("email")));

    /// <summary>The <c>group</c> relationship users, licenses and machines accept on create, from privileged bearers.</summary>
    public static Param Group() => RequestSchema.Relationship("group", true, "group", "groups").Optional()
        .When(r => (r.Caller.IsStaff && !r.Caller.Is(Model.Role.ReadOnly)) || r.Caller.Is(Model.Role.Product, Model.Role.Environment));
}
