using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Machines;

/// <summary>A machine's to-one relationships (product, license, group, owner and the v1.5 user) and its components and processes.</summary>
public sealed class MachineRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("machines.getProduct", "machines.getLicense", "machines.getOwner", "machines.changeOwner", "machines.getLegacyUser")]
    public Task A_machine_reads_its_product_and_license_and_is_handed_to_a_user_of_its_license() => CoveringAsync(async () =>
    {
        var licensee = await Keygen.UserAsync();
        var colleague = await Keygen.UserAsync();
        var stranger = await Keygen.UserAsync();
        var license = await Keygen.LicenseAsync(license: l => l.OwnerId = licensee.Id);
        await Keygen.Licenses.AttachUsersAsync(license.Id, [colleague.Id]);
        var machine = await Keygen.ActivateAsync(license.Id, "fp-shared");

        var product = await Keygen.Machines.GetProductAsync(machine.Id);
        var ownLicense = await Keygen.Machines.GetLicenseAsync("fp-shared");
        var unowned = await Keygen.Machines.GetOwnerAsync(machine.Id);
        var handed = await Keygen.Machines.ChangeOwnerAsync(machine.Id, colleague.Id);
        var owner = await Keygen.Machines.GetOwnerAsync(machine.Id);
#pragma warning disable CS0618 // machines.getLegacyUser is deprecated; it still answers the owner of the machine's license.
        var legacy = await Keygen.Machines.GetLegacyUserAsync(machine.Id);
#pragma warning restore CS0618
        var notALicensee = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.ChangeOwnerAsync(machine.Id, stranger.Id));
        var released = await Keygen.Machines.ChangeOwnerAsync(machine.Id, null);

        Assert.Equal(license.ProductId, product.Id);
        Assert.Equal((license.Id, license.Key), (ownLicense.Id, ownLicense.Key));
        Assert.Null(unowned);
        Assert.Equal(colleague.Id, handed.OwnerId);
        Assert.Equal((colleague.Id, colleague.Email), (owner!.Id, owner.Email));
        Assert.Equal(licensee.Id, legacy!.Id); // the license's owner, not the machine's
        Assert.Equal(422, notALicensee.StatusCode);
        Assert.Null(released.OwnerId);
        Assert.Null(await Keygen.Machines.GetOwnerAsync(machine.Id));
    });

    [Fact]
    [Covers("machines.getGroup", "machines.changeGroup")]
    public Task A_machine_joins_a_group_within_its_limit_and_leaves_it() => CoveringAsync(async () =>
    {
        var group = await Keygen.GroupAsync(g => g.MaxMachines = 1);
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; });
        var machine = await Keygen.ActivateAsync(license.Id, "fp-grouped");
        var second = await Keygen.ActivateAsync(license.Id, "fp-ungrouped");

        var joined = await Keygen.Machines.ChangeGroupAsync(machine.Id, group.Id);
        var read = await Keygen.Machines.GetGroupAsync(machine.Id);
        var full = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.ChangeGroupAsync(second.Id, group.Id));
        var left = await Keygen.Machines.ChangeGroupAsync(machine.Id, null);
        var none = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.GetGroupAsync(machine.Id));

        Assert.Equal(group.Id, joined.GroupId);
        Assert.Equal((group.Id, group.Name), (read!.Id, read.Name));
        Assert.Equal((422, "GROUP_MACHINE_LIMIT_EXCEEDED"), (full.StatusCode, full.Code));
        Assert.Null(left.GroupId);
        Assert.Equal(404, none.StatusCode);
    });

    [Fact]
    [Covers("machines.listComponents", "machines.getComponent", "machines.listProcesses", "machines.getProcess")]
    public Task A_machine_lists_and_finds_only_its_own_components_and_processes() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; });
        var machine = await Keygen.ActivateAsync(license.Id, "fp-parts");
        var other = await Keygen.ActivateAsync(license.Id, "fp-other-parts");
        var disk = await Keygen.ComponentAsync(machine.Id, "disk-serial", "Disk");
        var board = await Keygen.ComponentAsync(machine.Id, "board-serial", "Motherboard");
        var foreignPart = await Keygen.ComponentAsync(other.Id, "other-serial", "Disk");
        var worker = await Keygen.ProcessAsync(machine.Id, "4242");
        var foreignProcess = await Keygen.ProcessAsync(other.Id, "1");

        var components = await Keygen.Machines.ListComponentsAsync(machine.Id).ToListAsync();
        var component = await Keygen.Machines.GetComponentAsync("fp-parts", board.Id);
        var notItsComponent = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.GetComponentAsync(machine.Id, foreignPart.Id));
        var alive = await Keygen.Machines.ListProcessesAsync(machine.Id, new ListMachineProcessesRequest { Status = ProcessStatus.Alive }).ToListAsync();
        var deadOnes = await Keygen.Machines.ListProcessesAsync(machine.Id, new ListMachineProcessesRequest { Status = ProcessStatus.Dead }).ToListAsync();
        var process = await Keygen.Machines.GetProcessAsync(machine.Id, worker.Id);
        var notItsProcess = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.GetProcessAsync(machine.Id, foreignProcess.Id));

        Assert.Equal(new[] { disk.Id, board.Id }.Order(), components.Select(c => c.Id).Order());
        Assert.Equal(("board-serial", "Motherboard", machine.Id), (component.Fingerprint, component.Name, component.MachineId));
        Assert.Equal(404, notItsComponent.StatusCode);
        Assert.Equal([worker.Id], alive.Select(p => p.Id));
        Assert.Empty(deadOnes);
        Assert.Equal(("4242", ProcessStatus.Alive, machine.Id, license.Id), (process.Pid, process.Status, process.MachineId, process.LicenseId));
        Assert.Equal(404, notItsProcess.StatusCode);
    });
}
