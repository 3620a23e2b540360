using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Service;

/// <summary>The bodies of the account-less service routes.</summary>
internal static class SignupSchemas
{
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
                Param.Object("admins", Param.ArrayOf("data", Users.FoundingAdmins.Item).LengthBetween(1, 100)))),
        Param.Object("meta", Param.String("referral").Optional()).Optional());

    /// <summary><c>POST /v1/recover</c>.</summary>
    public static readonly RequestSchema Recover = new(
        Param.Object("meta", Param.String("type").In("account"), Param.String("email")));
}
