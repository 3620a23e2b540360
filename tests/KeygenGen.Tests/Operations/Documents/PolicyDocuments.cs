using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>policies</c> resource as Keygen serializes it (keygen-api.md §3 policies), every attribute present.</summary>
public static class PolicyDocuments
{
    public const string Id = "9c6e4b2d-71a8-4f3e-8d5c-2b1a0e9f8d7c";

    public static JsonObject Resource(string id = Id) =>
        new ResourceBuilder("policies", id, new JsonObject
        {
            ["name"] = "Pro",
            ["duration"] = 31536000,
            ["strict"] = true,
            ["floating"] = true,
            ["protected"] = false,
            ["usePool"] = false,
            ["scheme"] = "ED25519_SIGN",
            ["encrypted"] = false,
            ["maxMachines"] = 3,
            ["maxProcesses"] = null,
            ["maxUsers"] = null,
            ["maxCores"] = 32,
            ["maxUses"] = null,
            ["maxMemory"] = 68719476736L,
            ["maxDisk"] = null,
            ["machineUniquenessStrategy"] = "UNIQUE_PER_LICENSE",
            ["machineMatchingStrategy"] = "MATCH_ANY",
            ["componentUniquenessStrategy"] = "UNIQUE_PER_MACHINE",
            ["componentMatchingStrategy"] = "MATCH_ANY",
            ["expirationStrategy"] = "RESTRICT_ACCESS",
            ["expirationBasis"] = "FROM_CREATION",
            ["renewalBasis"] = "FROM_EXPIRY",
            ["transferStrategy"] = "KEEP_EXPIRY",
            ["authenticationStrategy"] = "TOKEN",
            ["machineLeasingStrategy"] = "PER_LICENSE",
            ["processLeasingStrategy"] = "PER_MACHINE",
            ["overageStrategy"] = "NO_OVERAGE",
            ["requireProductScope"] = false,
            ["requirePolicyScope"] = false,
            ["requireMachineScope"] = false,
            ["requireFingerprintScope"] = true,
            ["requireComponentsScope"] = false,
            ["requireUserScope"] = false,
            ["requireChecksumScope"] = false,
            ["requireVersionScope"] = false,
            ["requireCheckIn"] = false,
            ["checkInInterval"] = null,
            ["checkInIntervalCount"] = null,
            ["heartbeatDuration"] = 600,
            ["heartbeatCullStrategy"] = "DEACTIVATE_DEAD",
            ["heartbeatResurrectionStrategy"] = "15_MINUTE_REVIVE",
            ["heartbeatBasis"] = "FROM_FIRST_PING",
            ["requireHeartbeat"] = true,
            ["metadata"] = new JsonObject { ["seats"] = 3 },
        })
        .ToOne("product", "products", ProductDocuments.Id)
        .ToMany("pool").ToMany("licenses").ToMany("entitlements")
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(Policy policy, string id = Id)
    {
        Assert.Equal(id, policy.Id);
        Assert.Equal("Pro", policy.Name);
        Assert.Equal(31536000, policy.Duration);
        Assert.True(policy.Strict);
        Assert.True(policy.Floating);
        Assert.Equal(LicenseScheme.Ed25519Sign, policy.Scheme);
        Assert.Equal(3, policy.MaxMachines);
        Assert.Null(policy.MaxProcesses);
        Assert.Equal(32, policy.MaxCores);
        Assert.Equal(68719476736L, policy.MaxMemory);
        Assert.Equal(MatchingStrategy.MatchAny, policy.MachineMatchingStrategy);
        Assert.Equal(ExpirationStrategy.RestrictAccess, policy.ExpirationStrategy);
        Assert.Equal(AuthenticationStrategy.Token, policy.AuthenticationStrategy);
        Assert.Equal(OverageStrategy.NoOverage, policy.OverageStrategy);
        Assert.True(policy.RequireFingerprintScope);
        Assert.Null(policy.CheckInInterval);
        Assert.Equal(600, policy.HeartbeatDuration);
        Assert.Equal("15_MINUTE_REVIVE", policy.HeartbeatResurrectionStrategy.Value);
        Assert.Equal(HeartbeatBasis.FromFirstPing, policy.HeartbeatBasis);
        Assert.True(policy.RequireHeartbeat);
        Assert.Equal(3, (int?)policy.Metadata["seats"]);
        Assert.Equal(KeygenAccount.CreatedAt, policy.Created);
        Assert.Equal(ProductDocuments.Id, policy.ProductId);
        Assert.Equal(KeygenAccount.Id, policy.AccountId);
        Assert.Equal(ResourceBuilder.SelfLink("policies", id), policy.SelfLink);
    }
}
