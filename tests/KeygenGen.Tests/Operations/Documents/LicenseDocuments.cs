using System;
using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>licenses</c> resource as Keygen serializes it (keygen-api.md §3 licenses), every attribute present.</summary>
public static class LicenseDocuments
{
    public const string Id = "b18e3f3a-6c2d-4e9b-a7f1-5d0c8e4b2a96";
    public const string Key = "C1B6DE-39A6E3-DE1529-8559A0-4AF593-V3";

    public static DateTimeOffset Expiry { get; } = new(2025, 3, 1, 9, 15, 30, 123, TimeSpan.Zero);

    public static JsonObject Resource(string id = Id, string status = "ACTIVE") =>
        new ResourceBuilder("licenses", id, new JsonObject
        {
            ["name"] = "Studio Pro for ACME",
            ["key"] = Key,
            ["expiry"] = "2025-03-01T09:15:30.123Z",
            ["status"] = status,
            ["uses"] = 4,
            ["suspended"] = false,
            ["scheme"] = null,
            ["encrypted"] = false,
            ["strict"] = true,
            ["floating"] = true,
            ["protected"] = false,
            ["version"] = "2.4.1",
            ["maxMachines"] = 3,
            ["maxProcesses"] = null,
            ["maxUsers"] = null,
            ["maxCores"] = 32,
            ["maxUses"] = null,
            ["maxMemory"] = null,
            ["maxDisk"] = 1099511627776L,
            ["requireHeartbeat"] = true,
            ["requireCheckIn"] = false,
            ["lastValidated"] = "2024-03-02T18:40:05.456Z",
            ["lastCheckIn"] = null,
            ["nextCheckIn"] = null,
            ["lastCheckOut"] = null,
            ["permissions"] = new JsonArray("license.validate", "machine.create"),
            ["metadata"] = new JsonObject { ["customerId"] = "cus_49F1", ["seats"] = 3 },
        })
        .ToOne("product", "products", ProductDocuments.Id)
        .ToOne("policy", "policies", PolicyDocuments.Id)
        .ToOne("group", "groups", null)
        .ToOne("owner", "users", UserDocuments.Id)
        .ToMany("users", new JsonObject { ["count"] = 1 })
        .ToMany("machines", new JsonObject { ["count"] = 1, ["cores"] = 8, ["memory"] = 17179869184L, ["disk"] = null })
        .ToMany("tokens").ToMany("entitlements")
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(License license, string id = Id)
    {
        Assert.Equal(id, license.Id);
        Assert.Equal("Studio Pro for ACME", license.Name);
        Assert.Equal(Key, license.Key);
        Assert.Equal(Expiry, license.Expiry);
        Assert.Equal(LicenseStatus.Active, license.Status);
        Assert.Equal(4, license.Uses);
        Assert.False(license.Suspended);
        Assert.Null(license.Scheme);
        Assert.True(license.Strict);
        Assert.True(license.Floating);
        Assert.Equal("2.4.1", license.Version);
        Assert.Equal(3, license.MaxMachines);
        Assert.Null(license.MaxUsers);
        Assert.Equal(32, license.MaxCores);
        Assert.Equal(1099511627776L, license.MaxDisk);
        Assert.True(license.RequireHeartbeat);
        Assert.Equal(KeygenAccount.UpdatedAt, license.LastValidated);
        Assert.Null(license.LastCheckIn);
        Assert.Equal([Permission.LicenseValidate, Permission.MachineCreate], license.Permissions);
        Assert.Equal("cus_49F1", (string?)license.Metadata["customerId"]);
        Assert.Equal(3, (int?)license.Metadata["seats"]);
        Assert.Equal(KeygenAccount.CreatedAt, license.Created);
        Assert.Equal(KeygenAccount.UpdatedAt, license.Updated);
        Assert.Equal(KeygenAccount.Id, license.AccountId);
        Assert.Null(license.EnvironmentId);
        Assert.Equal(ProductDocuments.Id, license.ProductId);
        Assert.Equal(PolicyDocuments.Id, license.PolicyId);
        Assert.Null(license.GroupId);
        Assert.Equal(UserDocuments.Id, license.OwnerId);
        Assert.Equal(ResourceBuilder.SelfLink("licenses", id), license.SelfLink);
    }
}
