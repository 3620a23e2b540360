using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Policies;

/// <summary>The bodies <c>POST /policies</c> and <c>PATCH /policies/{id}</c> accept.</summary>
internal static class PolicySchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("policy", "policies");

    private static readonly string[] StrategyAttributes =
    [
        "machineUniquenessStrategy", "machineMatchingStrategy", "componentUniquenessStrategy", "componentMatchingStrategy",
        "expirationStrategy", "expirationBasis", "renewalBasis", "transferStrategy", "authenticationStrategy",
        "processLeasingStrategy", "machineLeasingStrategy", "overageStrategy", "heartbeatCullStrategy",
        "heartbeatResurrectionStrategy", "heartbeatBasis",
    ];

    private static readonly string[] FlagAttributes =
    [
        "strict", "floating", "protected", "requireProductScope", "requirePolicyScope", "requireMachineScope",
        "requireFingerprintScope", "requireComponentsScope", "requireUserScope", "requireChecksumScope",
        "requireVersionScope", "requireCheckIn", "requireHeartbeat",
    ];

    private static readonly string[] LimitAttributes =
    [
        "duration", "maxMachines", "maxProcesses", "maxUsers", "maxCores", "maxMemory", "maxDisk", "maxUses",
        "checkInIntervalCount", "heartbeatDuration",
    ];

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes", [.. CreateOnly(), .. Common()]),
        Param.Object("relationships", RequestSchema.Relationship("product", false, "product", "products")),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Common().ToArray()),
    ]);

    private static IEnumerable<Param> CreateOnly() =>
    [
        Param.String("scheme").Optional(),
        Param.Boolean("encrypted").Optional(),
        Param.Boolean("usePool").Optional(),
    ];

    private static IEnumerable<Param> Common() =>
    [
        Param.String("name").Optional(),
        .. FlagAttributes.Select(name => Param.Boolean(name).Optional()),
        .. LimitAttributes.Select(name => Param.Integer(name).Optional().Nullable()),
        .. StrategyAttributes.Select(name => Param.String(name).Optional()),
        Param.String("checkInInterval").Optional().Nullable(),
        Param.FreeObject("metadata").Optional(),
        .. VersionedAliases(),
    ];

    /// <summary>Attribute names older API versions still send (translated to their current names when applied).</summary>
    private static IEnumerable<Param> VersionedAliases() =>
    [
        Param.Boolean("concurrent").Optional().When(r => r.ApiVersion is "1.0" or "1.1"),
        Param.String("fingerprintUniquenessStrategy").Optional().When(r => string.CompareOrdinal(r.ApiVersion, "1.3") <= 0),
        Param.String("fingerprintMatchingStrategy").Optional().When(r => string.CompareOrdinal(r.ApiVersion, "1.3") <= 0),
        Param.String("leasingStrategy").Optional().When(r => string.CompareOrdinal(r.ApiVersion, "1.6") <= 0),
    ];
}
