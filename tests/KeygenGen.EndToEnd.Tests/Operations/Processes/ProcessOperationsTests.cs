using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Processes;

/// <summary>Processes of a machine: create, read, update, list, ping, delete, their product, license and machine, and the process limit.</summary>
public sealed class ProcessOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("processes.create", "processes.get", "processes.update", "processes.list", "processes.ping", "processes.delete")]
    public Task A_process_is_started_read_updated_listed_pinged_and_stopped() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync(p => p.HeartbeatDuration = 120);
        var created = await Keygen.Processes.CreateAsync(new CreateProcessRequest
        {
            MachineId = machine.Id,
            Pid = "4242",
            Metadata = new JsonObject { ["command"] = "render" },
        });
        var read = await Keygen.Processes.GetAsync(created.Id);

        Assert.Equal(("4242", ProcessStatus.Alive, 120), (read.Pid, read.Status, read.Interval));
        Assert.Equal(read.LastHeartbeat.AddSeconds(120), read.NextHeartbeat);
        Assert.Equal((machine.Id, machine.LicenseId, machine.ProductId), (read.MachineId, read.LicenseId, read.ProductId));
        Assert.Equal("render", (string?)read.Metadata["command"]);

        var updated = await Keygen.Processes.UpdateAsync(created.Id, new UpdateProcessRequest { Metadata = new JsonObject { ["command"] = "export" } });
        Assert.Equal(("4242", "export"), (updated.Pid, (string?)updated.Metadata["command"]));

        var pinged = await Keygen.Processes.PingAsync(created.Id);
        Assert.Equal((created.Id, ProcessStatus.Alive), (pinged.Id, pinged.Status));
        Assert.True(pinged.LastHeartbeat >= read.LastHeartbeat);
        Assert.Equal(pinged.LastHeartbeat.AddSeconds(120), pinged.NextHeartbeat);

        await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "4243" });
        await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = (await Keygen.MachineAsync()).Id, Pid = "9999" });
        var listed = await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id }).ToListAsync();
        Assert.Equal(["4242", "4243"], listed.Select(p => p.Pid).Order());

        await Keygen.Processes.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Processes.GetAsync(created.Id));
        var remaining = await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id }).ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.Equal(["4243"], remaining.Select(p => p.Pid));
    });

    [Fact]
    [Covers("processes.getProduct", "processes.getLicense", "processes.getMachine")]
    public Task A_process_leads_to_its_product_license_and_machine() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync();
        var process = await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "1" });

        var product = await Keygen.Processes.GetProductAsync(process.Id);
        var license = await Keygen.Processes.GetLicenseAsync(process.Id);
        var host = await Keygen.Processes.GetMachineAsync(process.Id);

        Assert.Equal((machine.ProductId, "Studio"), (product.Id, product.Name));
        Assert.Equal((machine.LicenseId, machine.ProductId), (license.Id, license.ProductId));
        Assert.Equal((machine.Id, machine.Fingerprint), (host.Id, host.Fingerprint));
    });

    [Fact]
    [Covers("processes.create", "processes.list")]
    public Task A_machine_refuses_a_taken_pid_and_a_process_over_the_license_limit() => CoveringAsync(async () =>
    {
        var machine = await Keygen.MachineAsync(p => p.MaxProcesses = 2);
        await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "10" });

        var taken = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "10" }));
        await Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "11" });
        var overLimit = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "12" }));

        Assert.Equal((422, "PID_TAKEN"), (taken.StatusCode, taken.Code));
        Assert.Equal("/data/attributes/pid", taken.Errors[0].Source?.Pointer);
        Assert.Equal((422, "MACHINE_PROCESS_LIMIT_EXCEEDED"), (overLimit.StatusCode, overLimit.Code));
        Assert.Equal(["10", "11"], (await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id }).ToListAsync()).Select(p => p.Pid).Order());
    });

    [Fact]
    [Covers("processes.create", "processes.ping", "processes.list", "processes.delete")]
    public Task A_licensed_app_runs_its_processes_with_nothing_but_its_license_key() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        var machine = await Keygen.ActivateAsync(license.Id, "fp-app");
        var foreignMachine = await Keygen.MachineAsync();
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        var started = await app.Processes.CreateAsync(new CreateProcessRequest { MachineId = machine.Id, Pid = "31337" });
        var pinged = await app.Processes.PingAsync(started.Id);
        var own = await app.Processes.ListAsync().ToListAsync();
        var foreign = await Assert.ThrowsAsync<KeygenApiException>(() => app.Processes.CreateAsync(new CreateProcessRequest { MachineId = foreignMachine.Id, Pid = "1" }));
        await app.Processes.DeleteAsync(started.Id);

        Assert.Equal((machine.Id, ProcessStatus.Alive), (pinged.MachineId, pinged.Status));
        Assert.Equal([started.Id], own.Select(p => p.Id));
        Assert.Equal(403, foreign.StatusCode); // a license key reaches only its own machines
        Assert.Empty(await Keygen.Processes.ListAsync(new ListProcessesRequest { Machine = machine.Id }).ToListAsync());
    });
}
