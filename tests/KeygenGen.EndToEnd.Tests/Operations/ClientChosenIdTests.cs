using System;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>
/// Creates that take the new resource's id from the caller (the schema body's <c>clientId</c>): a license, a machine and a
/// process made with ids of the caller's records keep them, and an id already taken is refused.
/// </summary>
public sealed class ClientChosenIdTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_license_machine_and_process_keep_the_ids_the_caller_chose()
    {
        var policy = await Keygen.PolicyAsync(p => p.Floating = true);
        var licenseId = Guid.NewGuid().ToString();
        var machineId = Guid.NewGuid().ToString();
        var processId = Guid.NewGuid().ToString();

        var license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { Id = licenseId, PolicyId = policy.Id });
        var machine = await Keygen.Machines.CreateAsync(new CreateMachineRequest { Id = machineId, LicenseId = licenseId, Fingerprint = "fp-chosen" });
        var process = await Keygen.Processes.CreateAsync(new CreateProcessRequest { Id = processId, MachineId = machineId, Pid = "42" });

        Assert.Equal(licenseId, license.Id);
        Assert.Equal(machineId, machine.Id);
        Assert.Equal(processId, process.Id);
        Assert.Equal(licenseId, (await Keygen.Machines.GetAsync(machineId)).LicenseId);
        Assert.Equal("42", (await Keygen.Processes.GetAsync(processId)).Pid);
    }

    [Fact]
    public async Task An_id_already_taken_is_refused_and_an_unset_one_is_made_by_Keygen()
    {
        var policy = await Keygen.PolicyAsync();
        var first = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Licenses.CreateAsync(new CreateLicenseRequest { Id = first.Id, PolicyId = policy.Id }));

        Assert.True(Guid.TryParse(first.Id, out _), first.Id);
        Assert.Equal(422, taken.StatusCode);
        Assert.Equal("ID_CONFLICT", taken.Code);
        Assert.Equal("/data/id", taken.Errors[0].Source?.Pointer);
    }
}
