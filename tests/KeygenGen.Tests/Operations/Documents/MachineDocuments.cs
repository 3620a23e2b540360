using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>machines</c> resource as Keygen serializes it (keygen-api.md §3 machines).</summary>
public static class MachineDocuments
{
    public const string Id = "5a7c9e1b-3d5f-4b8a-9c2e-7f1d3b5a8c04";
    public const string Fingerprint = "4a:9f:c2:18:7e:03:b6:d1:55:0c:e8:2a:91:f4:3d:7b";

    public static JsonObject Resource(string id = Id) =>
        new ResourceBuilder("machines", id, new JsonObject
        {
            ["fingerprint"] = Fingerprint,
            ["name"] = "Ada's workstation",
            ["ip"] = "203.0.113.24",
            ["hostname"] = "ada-ws",
            ["platform"] = "Windows",
            ["cores"] = 8,
            ["memory"] = 17179869184L,
            ["disk"] = null,
            ["metadata"] = new JsonObject { ["os"] = "Windows 11" },
            ["requireHeartbeat"] = true,
            ["heartbeatStatus"] = "ALIVE",
            ["heartbeatDuration"] = 600,
            ["maxProcesses"] = null,
            ["lastCheckOut"] = null,
            ["lastHeartbeat"] = "2024-03-02T18:40:05.456Z",
            ["nextHeartbeat"] = "2024-03-02T18:50:05.456Z",
        })
        .ToOne("product", "products", ProductDocuments.Id)
        .ToOne("license", "licenses", LicenseDocuments.Id)
        .ToOne("owner", "users", UserDocuments.Id)
        .ToOne("group", "groups", null)
        .ToMany("components").ToMany("processes")
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(Machine machine, string id = Id)
    {
        Assert.Equal(id, machine.Id);
        Assert.Equal(Fingerprint, machine.Fingerprint);
        Assert.Equal("Ada's workstation", machine.Name);
        Assert.Equal("203.0.113.24", machine.Ip);
        Assert.Equal("ada-ws", machine.Hostname);
        Assert.Equal("Windows", machine.Platform);
        Assert.Equal(8, machine.Cores);
        Assert.Equal(17179869184L, machine.Memory);
        Assert.Null(machine.Disk);
        Assert.Equal("Windows 11", (string?)machine.Metadata["os"]);
        Assert.True(machine.RequireHeartbeat);
        Assert.Equal(HeartbeatStatus.Alive, machine.HeartbeatStatus);
        Assert.Equal(600, machine.HeartbeatDuration);
        Assert.Null(machine.LastCheckOut);
        Assert.Equal(KeygenAccount.UpdatedAt, machine.LastHeartbeat);
        Assert.Equal(KeygenAccount.UpdatedAt.AddMinutes(10), machine.NextHeartbeat);
        Assert.Equal(KeygenAccount.CreatedAt, machine.Created);
        Assert.Equal(ProductDocuments.Id, machine.ProductId);
        Assert.Equal(LicenseDocuments.Id, machine.LicenseId);
        Assert.Equal(UserDocuments.Id, machine.OwnerId);
        Assert.Null(machine.GroupId);
        Assert.Equal(ResourceBuilder.SelfLink("machines", id), machine.SelfLink);
    }
}
