using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Processes: CRUD and relationships, pid uniqueness, maxProcesses per leasing strategy, pings and death.</summary>
public sealed class ProcessTests : IClassFixture<SharedEmulator>
{
    private readonly EmulatorSession _session;

    public ProcessTests(SharedEmulator shared)
    {
        _session = shared.Session;
    }

    [Fact]
    public async Task AProcessIsCreatedReadUpdatedListedAndDeleted()
    {
        var machine = await MachineAsync(_session, new JsonObject());

        var created = await StartAsync(_session, machine, "1234", new JsonObject { ["cmd"] = "app" });
        var id = created.Id;
        var shown = await _session.GetAsync($"/processes/{id}");
        var updated = await _session.PatchAsync($"/processes/{id}", Json.Resource("processes", new JsonObject { ["metadata"] = new JsonObject { ["cmd"] = "app --safe" } }));
        var ofMachine = await _session.GetAsync($"/machines/{machine}/processes");
        var oneOfMachine = await _session.GetAsync($"/machines/{machine}/processes/{id}");
        var itsMachine = await _session.GetAsync($"/processes/{id}/machine");
        var itsLicense = await _session.GetAsync($"/processes/{id}/license");
        var itsProduct = await _session.GetAsync($"/processes/{id}/product");
        var deleted = await _session.DeleteAsync($"/processes/{id}");
        var gone = await _session.GetAsync($"/processes/{id}");

        Assert.Equal(201, created.Code);
        Assert.Equal("processes", created.Data["type"]!.GetValue<string>());
        Assert.EndsWith(_session.PathOf("/processes/" + id), created.Header("Location"));
        Assert.Equal("1234", created.Attributes["pid"]!.GetValue<string>());
        Assert.Equal("ALIVE", created.Attributes["status"]!.GetValue<string>());
        Assert.Equal(600, created.Attributes["interval"]!.GetValue<int>());
        Assert.NotNull(created.Attributes["lastHeartbeat"]);
        Assert.NotNull(created.Attributes["nextHeartbeat"]);
        Assert.Equal(machine, created.Data["relationships"]!["machine"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(_session.PathOf($"/processes/{id}/product"), created.Data["relationships"]!["product"]!["links"]!["related"]!.GetValue<string>());
        Assert.Equal(id, shown.Id);
        Assert.Equal("app --safe", updated.Attributes["metadata"]!["cmd"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single(ofMachine.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(id, oneOfMachine.Id);
        Assert.Equal(machine, itsMachine.Id);
        Assert.Equal("licenses", itsLicense.Data["type"]!.GetValue<string>());
        Assert.Equal("products", itsProduct.Data["type"]!.GetValue<string>());
        Assert.Equal(204, deleted.Code);
        Assert.Equal(404, gone.Code);
    }

    [Fact]
    public async Task PidsAreUniquePerMachineAndTheMachineMustExist()
    {
        var policy = await _session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 2 });
        var license = (await _session.LicenseAsync(policy)).Id;
        var first = (await _session.ActivateAsync(license, "first")).Id;
        var second = (await _session.ActivateAsync(license, "second")).Id;
        await StartAsync(_session, first, "42");

        var taken = await StartAsync(_session, first, "42");
        var elsewhere = await StartAsync(_session, second, "42");
        var noMachine = await StartAsync(_session, Guid.NewGuid().ToString(), "42");

        Assert.Equal(422, taken.Code);
        Assert.Equal("PID_TAKEN", taken.ErrorCode);
        Assert.Equal("/data/attributes/pid", taken.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(201, elsewhere.Code);
        Assert.Equal("MACHINE_NOT_FOUND", noMachine.ErrorCode);
        Assert.Equal("/data/relationships/machine", noMachine.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("PER_MACHINE", "machine")]
    [InlineData("PER_LICENSE", "license")]
    public async Task MaxProcessesIsEnforcedPerLeasingStrategy(string strategy, string holder)
    {
        var policy = await _session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 2, ["maxProcesses"] = 2, ["processLeasingStrategy"] = strategy });
        var license = (await _session.LicenseAsync(policy)).Id;
        var first = (await _session.ActivateAsync(license, "first")).Id;
        var second = (await _session.ActivateAsync(license, "second")).Id;
        await StartAsync(_session, first, "1");
        await StartAsync(_session, first, "2");

        var onSecond = await StartAsync(_session, second, "3");
        var third = await StartAsync(_session, first, "4");

        Assert.Equal(strategy == "PER_MACHINE" ? 201 : 422, onSecond.Code);
        Assert.Equal(422, third.Code);
        Assert.Equal("MACHINE_PROCESS_LIMIT_EXCEEDED", third.ErrorCode);
        Assert.Equal($"process count has exceeded maximum allowed for {holder} (2)", third.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data", third.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task StrictValidationCountsTheScopedMachinesProcesses()
    {
        var policy = await _session.PolicyAsync(new JsonObject { ["strict"] = true, ["maxProcesses"] = 1, ["overageStrategy"] = "ALLOW_2X_OVERAGE" });
        var license = (await _session.LicenseAsync(policy)).Id;
        var machine = (await _session.ActivateAsync(license, "fp")).Id;
        await StartAsync(_session, machine, "1");
        var withinLimit = await ValidateAsync(license);
        await StartAsync(_session, machine, "2");

        var overage = await ValidateAsync(license);
        var unscoped = await _session.PostAsync($"/licenses/{license}/actions/validate");

        Assert.Equal("VALID", withinLimit.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_PROCESSES", overage.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.True(overage.Json!["meta"]!["valid"]!.GetValue<bool>());
        Assert.Equal("VALID", unscoped.Json!["meta"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProcessesDieWithoutPingsAndAreCulledOrRevivedPerPolicy()
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });
        var culled = await StartAsync(session, await MachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60 }), "culled");
        var revivable = await StartAsync(session, await MachineAsync(session, new JsonObject { ["heartbeatDuration"] = 60, ["heartbeatResurrectionStrategy"] = "10_MINUTE_REVIVE" }), "revivable");

        clock.Advance(TimeSpan.FromSeconds(30));
        var pinged = await session.PostAsync($"/processes/{culled.Id}/actions/ping");
        clock.Advance(TimeSpan.FromSeconds(91));
        var dead = await session.GetAsync($"/processes/{culled.Id}");
        var refused = await session.PostAsync($"/processes/{culled.Id}/actions/ping");
        clock.Advance(TimeSpan.FromMinutes(2));
        var gone = await session.GetAsync($"/processes/{culled.Id}");
        var revived = await session.PostAsync($"/processes/{revivable.Id}/actions/ping");

        Assert.Equal("ALIVE", pinged.Attributes["status"]!.GetValue<string>());
        Assert.Equal("DEAD", dead.Attributes["status"]!.GetValue<string>());
        Assert.Equal(422, refused.Code);
        Assert.Equal("PROCESS_HEARTBEAT_DEAD", refused.ErrorCode);
        Assert.Equal(404, gone.Code);
        Assert.Equal(200, revived.Code);
        Assert.Equal("RESURRECTED", revived.Attributes["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task LicensesManageTheirOwnProcessesOnly()
    {
        var policy = await _session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var mine = await _session.LicenseAsync(policy);
        var key = As.License(mine.Attributes["key"]!.GetValue<string>());
        var myMachine = (await _session.ActivateAsync(mine.Id, "mine")).Id;
        var otherMachine = await MachineAsync(_session, new JsonObject());

        var own = await StartAsync(_session, myMachine, "1", auth: key);
        var foreign = await StartAsync(_session, otherMachine, "1", auth: key);
        var listed = await _session.GetAsync("/processes", key);

        Assert.Equal(201, own.Code);
        Assert.Equal(403, foreign.Code);
        Assert.Equal(own.Id, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
    }

    private static async Task<string> MachineAsync(EmulatorSession session, JsonObject policy)
    {
        var license = await session.LicenseAsync(await session.PolicyAsync(policy));
        return (await session.ActivateAsync(license.Id, "fp")).Id;
    }

    private static Task<ApiResponse> StartAsync(EmulatorSession session, string machine, string pid, JsonObject? metadata = null, As? auth = null)
    {
        var attributes = new JsonObject { ["pid"] = pid };
        if (metadata is not null)
        {
            attributes["metadata"] = metadata;
        }

        return session.PostAsync("/processes", Json.Resource("processes", attributes, Json.Relationship("machine", "machines", machine)), auth);
    }

    private Task<ApiResponse> ValidateAsync(string license) =>
        _session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject { ["scope"] = new JsonObject { ["fingerprint"] = "fp" } }));
}
