using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Licenses;

/// <summary>
/// What a license says about its machines and users without listing them (<c>relationships.machines.meta</c>,
/// <c>relationships.users.meta</c>), read into the model's typed properties.
/// </summary>
public sealed class LicenseRelationshipMetaTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_license_counts_its_machines_their_cores_memory_and_disk_and_its_users()
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 5; });
        var ada = await Keygen.UserAsync();
        var grace = await Keygen.UserAsync();
        await Keygen.ActivateAsync(license.Id, "fp-meta-1", m => { m.Cores = 4; m.Memory = 8_000_000_000; m.Disk = 1_000; });
        await Keygen.ActivateAsync(license.Id, "fp-meta-2", m => { m.Cores = 2; m.Memory = 2_000_000_000; });
        await Keygen.Licenses.AttachUsersAsync(license.Id, [ada.Id, grace.Id]);

        var before = license;
        var read = await Keygen.Licenses.GetAsync(license.Id);

        Assert.Equal(0, before.MachinesCount);
        Assert.Equal(2, read.MachinesCount);
        Assert.Equal(6, read.MachinesCores);
        Assert.Equal(10_000_000_000, read.MachinesMemory);
        Assert.Equal(1_000, read.MachinesDisk);
        Assert.Equal(2, read.UsersCount);
    }
}
