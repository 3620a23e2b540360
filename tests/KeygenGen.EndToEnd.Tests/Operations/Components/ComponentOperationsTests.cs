using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Components;

/// <summary>Components of a machine: create, read, update, list, delete, and their product, license and machine.</summary>
public sealed class ComponentOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("components.create", "components.get", "components.update", "components.list", "components.delete")]
    public Task A_component_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync();
        var created = await Keygen.Components.CreateAsync(new CreateComponentRequest
        {
            MachineId = machine.Id,
            Fingerprint = "gpu-0",
            Name = "GPU",
            Metadata = new JsonObject { ["vendor"] = "acme" },
        });
        var read = await Keygen.Components.GetAsync(created.Id);

        Assert.Equal(("gpu-0", "GPU", "acme"), (read.Fingerprint, read.Name, (string?)read.Metadata["vendor"]));
        Assert.Equal((machine.Id, machine.LicenseId, machine.ProductId), (read.MachineId, read.LicenseId, read.ProductId));

        var updated = await Keygen.Components.UpdateAsync(created.Id, new UpdateComponentRequest { Name = "Graphics card" });
        var reread = await Keygen.Components.GetAsync(created.Id);

        Assert.Equal("Graphics card", updated.Name);
        Assert.Equal(("gpu-0", "Graphics card", "acme"), (reread.Fingerprint, reread.Name, (string?)reread.Metadata["vendor"]));

        await Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machine.Id, Fingerprint = "cpu-0", Name = "CPU" });
        var elsewhere = await Keygen.MachineAsync();
        await Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = elsewhere.Id, Fingerprint = "disk-0", Name = "Disk" });
        var listed = await Keygen.Components.ListAsync(new ListComponentsRequest { Machine = machine.Id }).ToListAsync();

        Assert.Equal(["cpu-0", "gpu-0"], listed.Select(c => c.Fingerprint).Order());

        await Keygen.Components.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Components.GetAsync(created.Id));
        var remaining = await Keygen.Components.ListAsync(new ListComponentsRequest { Machine = machine.Id }).ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal(["cpu-0"], remaining.Select(c => c.Fingerprint));
    });

    [Fact]
    [Covers("components.getProduct", "components.getLicense", "components.getMachine")]
    public Task A_component_leads_to_its_product_license_and_machine() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync();
        var component = await Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machine.Id, Fingerprint = "board", Name = "Mainboard" });

        var product = await Keygen.Components.GetProductAsync(component.Id);
        var license = await Keygen.Components.GetLicenseAsync(component.Id);
        var owner = await Keygen.Components.GetMachineAsync(component.Id);

        Assert.Equal(machine.ProductId, product.Id);
        Assert.Equal("Studio", product.Name);
        Assert.Equal((machine.LicenseId, machine.ProductId), (license.Id, license.ProductId));
        Assert.Equal((machine.Id, machine.Fingerprint), (owner.Id, owner.Fingerprint));
    });

    [Fact]
    [Covers("components.create")]
    public Task A_machine_refuses_a_second_component_with_the_same_fingerprint_and_an_unknown_machine() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync();
        await Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machine.Id, Fingerprint = "nic-0", Name = "NIC" });

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = machine.Id, Fingerprint = "nic-0", Name = "NIC again" }));
        var orphan = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Components.CreateAsync(new CreateComponentRequest { MachineId = System.Guid.NewGuid().ToString(), Fingerprint = "nic-1", Name = "NIC" }));

        Assert.Equal((422, "FINGERPRINT_TAKEN"), (taken.StatusCode, taken.Code));
        Assert.Equal("/data/attributes/fingerprint", taken.Errors[0].Source?.Pointer);
        Assert.Equal((422, "MACHINE_NOT_FOUND"), (orphan.StatusCode, orphan.Code));
        Assert.Equal("/data/relationships/machine", orphan.Errors[0].Source?.Pointer);
        Assert.Single(await Keygen.Components.ListAsync(new ListComponentsRequest { Machine = machine.Id }).ToListAsync());
    });
}
