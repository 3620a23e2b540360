using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addMachine, getSingleMachine, updateMachine, listMachines, deleteMachine.</summary>
public sealed class MachineOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("machines.create", "machines.get", "machines.update", "machines.list", "machines.delete")]
    public Task A_machine_is_activated_read_updated_listed_and_deactivated() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; });
        var created = await Keygen.Machines.CreateAsync(new CreateMachineRequest
        {
            LicenseId = license.Id,
            Fingerprint = "fp-ada",
            Name = "Ada's workstation",
            Platform = "linux",
            Cores = 8,
        });
        var read = await Keygen.Machines.GetAsync(created.Id);

        Assert.Equal("fp-ada", read.Fingerprint);
        Assert.Equal("Ada's workstation", read.Name);
        Assert.Equal(8, read.Cores);
        Assert.Equal(license.Id, read.LicenseId);
        Assert.Equal(license.ProductId, read.ProductId);

        await Keygen.Machines.UpdateAsync(created.Id, new UpdateMachineRequest { Name = "Build box", Cores = null });
        var reread = await Keygen.Machines.GetAsync(created.Id);

        Assert.Equal("Build box", reread.Name);
        Assert.Null(reread.Cores);
        Assert.Equal("linux", reread.Platform);

        await Keygen.ActivateAsync(license.Id, "fp-babbage");
        var listed = await Keygen.Machines.ListAsync(new ListMachinesRequest { License = license.Id }).ToListAsync();
        Assert.Equal(["fp-ada", "fp-babbage"], listed.Select(m => m.Fingerprint).Order());

        await Keygen.Machines.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Machines.GetAsync(created.Id));
        var remaining = await Keygen.Machines.ListAsync(new ListMachinesRequest { License = license.Id }).ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal(["fp-babbage"], remaining.Select(m => m.Fingerprint));
    });

    [Fact]
    [Covers("machines.create")]
    public Task Activation_refuses_a_taken_fingerprint_and_a_machine_over_the_limit() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync();
        await Keygen.ActivateAsync(license.Id, "fp-1");

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.ActivateAsync(license.Id, "fp-1"));
        var overLimit = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.ActivateAsync(license.Id, "fp-2"));

        Assert.Equal((422, "FINGERPRINT_TAKEN"), (taken.StatusCode, taken.Code));
        Assert.Equal("/data/attributes/fingerprint", taken.Errors[0].Source?.Pointer);
        Assert.Equal((422, "MACHINE_LIMIT_EXCEEDED"), (overLimit.StatusCode, overLimit.Code));
        Assert.Single(await Keygen.Machines.ListAsync(new ListMachinesRequest { License = license.Id }).ToListAsync());
    });

    [Fact]
    [Covers("machines.create", "licenses.validate", "machines.list", "machines.delete")]
    public Task A_licensed_app_activates_validates_and_deactivates_with_nothing_but_its_license_key() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; p.AuthenticationStrategy = AuthenticationStrategy.License; });
        var other = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        var machine = await app.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "fp-app" });
        var validation = await app.Licenses.ValidateAsync(license.Id, new ValidateLicenseRequest { Scope = new ValidationScope { Fingerprint = "fp-app" } });
        var own = await app.Machines.ListAsync().ToListAsync();
        var foreign = await Assert.ThrowsAsync<KeygenApiException>(() => app.Machines.CreateAsync(new CreateMachineRequest { LicenseId = other.Id, Fingerprint = "fp-app" }));
        await app.Machines.DeleteAsync(machine.Id);

        Assert.Equal((true, ValidationCode.Valid), (validation.Valid, validation.Code));
        Assert.Equal([machine.Id], own.Select(m => m.Id));
        Assert.Equal(403, foreign.StatusCode); // a license key reaches only its own license
        Assert.Empty(await Keygen.Machines.ListAsync(new ListMachinesRequest { License = license.Id }).ToListAsync());
    });
}
