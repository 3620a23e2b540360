using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Service;

/// <summary>The bodies of the account-less service routes.</summary>
internal static class SignupSchemas
{
    private static readonly Param Admin = Param.Object(string.Empty,
        RequestSchema.TypeOf("user", "users"),
        Param.Object("attributes",
            Param.String("email"),
            Param.String("password").Nullable().Optional(),
            Param.String("firstName").Nullable().Optional(),
            Param.String("lastName").Nullable().Optional(),
            Param.FreeObject("metadata").Optional(),

            // Founders are always admins: Keygen takes "admin" here and ignores it, and refuses any other role.
            Param.String("role").In("admin").Optional()),

        // A new account has no groups yet, so an admin can relate to nothing: only an empty object is taken.
        Param.Object("relationships").Optional());

    /// <summary><c>POST /v1/accounts</c>: the account, its plan and at least one admin.</summary>
    public static readonly RequestSchema Create = new(
        Param.Object("data",
            RequestSchema.TypeOf("account", "accounts"),
            Param.Object("attributes",
                Param.String("name").Optional(),
                Param.String("slug").Optional(),
                Param.Boolean("protected").Optional()).Optional(),
            Param.Object("relationships",
                RequestSchema.Relationship("plan", false, "plan", "plans"),
                Param.Object("admins", Param.ArrayOf("data", Admin).LengthBetween(1, 100)))),
        Param.Object("meta", Param.String("referral").Optional()).Optional());

    /// <summary><c>POST /v1/recover</c>.</summary>
    public static readonly RequestSchema Recover = new(
        Param.Object("meta", Param.String("type").In("account"), Param.String("email")));
}
