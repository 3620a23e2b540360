using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Operations.Wire;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>machines.create, update, list (addMachine, updateMachine, listMachines). Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class MachinesOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_from_a_licensed_app_activates_the_fingerprint_with_the_license_key()
    {
        Reply(201, MachineDocuments.Document());
        using KeygenClient app = TestClients.Client(Server, o =>
        {
            o.Token = null;
            o.LicenseKey = Sentinels.LicenseKey;
        });

        Machine machine = await app.Machines.CreateAsync(new CreateMachineRequest
        {
            Fingerprint = MachineDocuments.Fingerprint,
            LicenseId = LicenseDocuments.Id,
            Name = "Ada's workstation",
            Platform = "Windows",
            Cores = 8,
            Memory = 17179869184L,
            Metadata = new JsonObject { ["os"] = "Windows 11" },
        });

        Expect("POST", $"{Acme}/machines", auth: ExpectedAuth.License, body: $$"""
            {"data":{"type":"machines",
              "attributes":{"fingerprint":"{{MachineDocuments.Fingerprint}}","name":"Ada's workstation","platform":"Windows","cores":8,
                            "memory":17179869184,"metadata":{"os":"Windows 11"} },
              "relationships":{"license":{"data":{"type":"licenses","id":"{{LicenseDocuments.Id}}"} } } } }
            """);
        MachineDocuments.AssertMapped(machine);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_clears_what_is_set_to_null()
    {
        Reply(200, MachineDocuments.Document());

        Machine machine = await Keygen.Machines.UpdateAsync(MachineDocuments.Id, new UpdateMachineRequest { Hostname = null, Disk = 512110190592L });

        Expect("PATCH", $"{Acme}/machines/{MachineDocuments.Id}", body: """
            {"data":{"type":"machines","attributes":{"hostname":null,"disk":512110190592}}}
            """);
        MachineDocuments.AssertMapped(machine);
    }

    [Fact]
    public async Task List_filters_by_license_and_fingerprint()
    {
        Reply(200, JsonApiDocument.List([MachineDocuments.Resource()], $"{KeygenAccount.Path}/machines", next: null));

        KeygenPage<Machine> page = await Keygen.Machines.ListPageAsync(new ListMachinesRequest
        {
            License = LicenseDocuments.Key,
            Fingerprint = MachineDocuments.Fingerprint,
            Status = HeartbeatStatus.Alive,
        });

        Expect("GET", $"{Acme}/machines", query:
        [
            ("fingerprint", MachineDocuments.Fingerprint), ("status", "ALIVE"), ("license", LicenseDocuments.Key),
            ("page[size]", "100"), ("page[cursor]", ""),
        ]);
        MachineDocuments.AssertMapped(Assert.Single(page.Data));
    }
}
