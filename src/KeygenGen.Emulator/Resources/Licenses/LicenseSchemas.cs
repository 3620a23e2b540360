using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>The bodies the license endpoints accept.</summary>
internal static class LicenseSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("license", "licenses");

    private static readonly Param Permissions =
        Auth.Permissions.PermissionInput.Param(Model.Role.Admin, Model.Role.Developer, Model.Role.Product, Model.Role.Environment);

    private static readonly string[] LimitAttributes = ["maxMachines", "maxCores", "maxMemory", "maxDisk", "maxUses", "maxProcesses", "maxUsers"];

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Uuid("id").Optional().When(CanCreatePrivileged),
        Param.Object("attributes",
        [
            Param.String("name").Blankable().Nullable().Optional(),
            Param.String("key").Optional(),
            .. Privileged(CanCreatePrivileged),
            Param.FreeObject("metadata").Optional(),
            Permissions,
        ]).Optional(),
        Param.Object("relationships",
            RequestSchema.Relationship("policy", false, "policy", "policies"),
            RequestSchema.Relationship("owner", true, "user", "users").Optional(),
            RequestSchema.Relationship("user", true, "user", "users").Optional(),
            RequestSchema.Relationship("group", true, "group", "groups").Optional().When(CanUpdatePrivileged),
            RequestSchema.Relationship("environment", true, "environment", "environments").Optional()),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
        [
            Param.String("name").Blankable().Nullable().Optional(),
            .. Privileged(CanUpdatePrivileged),
            Param.FreeObject("metadata").Optional().When(CanUpdatePrivileged),
            Permissions,
        ]),
    ]);

    /// <summary>The optional body of <c>POST …/actions/validate</c>.</summary>
    public static readonly RequestSchema Validate = new(Param.Object("meta", Nonce(), Scope()).Optional());

    /// <summary>The body of <c>POST /licenses/actions/validate-key</c>.</summary>
    public static readonly RequestSchema ValidateKey = new(Param.Object("meta",
        Param.String("key"),
        Param.Boolean("legacyEncrypted").Optional(),
        Param.Boolean("encrypted").Optional(),
        Nonce(),
        Scope()));

    private static bool CanCreatePrivileged(ApiRequest r) => r.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.Product, Role.Environment);

    private static bool CanUpdatePrivileged(ApiRequest r) => CanCreatePrivileged(r) || r.Caller.Is(Role.SupportAgent);

    private static IEnumerable<Param> Privileged(System.Func<ApiRequest, bool> condition) =>
    [
        Param.Boolean("protected").Optional().When(condition),
        Param.Time("expiry").Nullable().Optional().When(condition),
        Param.Boolean("suspended").Optional().When(condition),
        .. LimitAttributes.Select(name => Param.Integer(name).Nullable().Optional().When(condition)),
    ];

    private static Param Nonce() => Param.Integer("nonce").Optional();

    private static Param Scope() => Param.Object("scope",
        Param.String("product").Optional(),
        Param.String("policy").Optional(),
        Param.String("user").Nullable().Optional(),
        Param.String("machine").Optional(),
        Param.String("fingerprint").Optional(),
        Param.StringArray("fingerprints").Optional(),
        Param.StringArray("components").Optional(),
        Param.StringArray("entitlements").Optional(),
        Param.String("checksum").Optional(),
        Param.String("version").Optional(),
        Param.String("environment").Nullable().Optional()).Optional();
}
