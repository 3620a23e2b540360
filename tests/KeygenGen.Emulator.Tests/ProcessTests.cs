using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Processes: CRUD and relationships, pid uniqueness, maxProcesses per leasing strategy, pings and death.</summary>
public sealed class ProcessTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AProcessIsCreatedReadUpdatedListedAndDeleted()
    {
        var machine = await MachineAsync(Session, new JsonObject());

        var created = await StartAsync(Session, machine, "1234", new JsonObject { ["cmd"] = "app" });
        var id = created.Id;
        var shown = await Session.GetAsync($"/processes/{id}");
        var updated = await Session.PatchAsync($"/processes/{id}", Json.Resource("processes", new JsonObject { ["metadata"] = new JsonObject { ["cmd"] = "app --safe" } }));
        var ofMachine = await Session.GetAsync($"/machines/{machine}/processes");
        var oneOfMachine = await Session.GetAsync($"/machines/{machine}/processes/{id}");
        var itsMachine = await Session.GetAsync($"/processes/{id}/machine");
        var itsLicense = await Session.GetAsync($"/processes/{id}/license");
        var itsProduct = await Session.GetAsync($"/processes/{id}/product");
        var deleted = await Session.DeleteAsync($"/processes/{id}");
        var gone = await Session.GetAsync($"/processes/{id}");

        Assert.Equal(201, created.Code);
        Assert.Equal("processes", created.Data["type"]!.GetValue<string>());
        Assert.EndsWith(Session.PathOf("/processes/" + id), created.Header("Location"));
        Assert.Equal("1234", created.Attributes["pid"]!.GetValue<string>());
        Assert.Equal("ALIVE", created.Attributes["status"]!.GetValue<string>());
        Assert.Equal(600, created.Attributes["interval"]!.GetValue<int>());
        Assert.NotNull(created.Attributes["lastHeartbeat"]);
        Assert.NotNull(created.Attributes["nextHeartbeat"]);
        Assert.Equal(machine, created.Data["relationships"]!["machine"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(Session.PathOf($"/processes/{id}/product"), created.Data["relationships"]!["product"]!["links"]!["related"]!.GetValue<string>());
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
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 2 });
        var license = (await Session.LicenseAsync(policy)).Id;
        var first = (await Session.ActivateAsync(license, "first")).Id;
        var second = (await Session.ActivateAsync(license, "second")).Id;
        await StartAsync(Session, first, "42");

        var taken = await StartAsync(Session, first, "42");
        var elsewhere = await StartAsync(Session, second, "42");
        var noMachine = await StartAsync(Session, Guid.NewGuid().ToString(), "42");

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
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 2, ["maxProcesses"] = 2, ["processLeasingStrategy"] = strategy });
        var license = (await Session.LicenseAsync(policy)).Id;
        var first = (await Session.ActivateAsync(license, "first")).Id;
        var second = (await Session.ActivateAsync(license, "second")).Id;
        await StartAsync(Session, first, "1");
        await StartAsync(Session, first, "2");

        var onSecond = await StartAsync(Session, second, "3");
        var third = await StartAsync(Session, first, "4");

        Assert.Equal(strategy == "PER_MACHINE" ? 201 : 422, onSecond.Code);
        Assert.Equal(422, third.Code);
        Assert.Equal("MACHINE_PROCESS_LIMIT_EXCEEDED", third.ErrorCode);
        Assert.Equal($"process count has exceeded maximum allowed for {holder} (2)", third.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data", third.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task StrictValidationCountsTheScopedMachinesProcesses()
    {
        var policy = await Session.PolicyAsync(new JsonObject { ["strict"] = true, ["maxProcesses"] = 1, ["overageStrategy"] = "ALLOW_2X_OVERAGE" });
        var license = (await Session.LicenseAsync(policy)).Id;
        var machine = (await Session.ActivateAsync(license, "fp")).Id;
        await StartAsync(Session, machine, "1");
        var withinLimit = await ValidateAsync(license);
        await StartAsync(Session, machine, "2");

        var overage = await ValidateAsync(license);
        var unscoped = await Session.PostAsync($"/licenses/{license}/actions/validate");

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
        var policy = await Session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var mine = await Session.LicenseAsync(policy);
        var key = As.License(mine.Attributes["key"]!.GetValue<string>());
        var myMachine = (await Session.ActivateAsync(mine.Id, "mine")).Id;
        var otherMachine = await MachineAsync(Session, new JsonObject());

        var own = await StartAsync(Session, myMachine, "1", auth: key);
        var foreign = await StartAsync(Session, otherMachine, "1", auth: key);
        var listed = await Session.GetAsync("/processes", key);

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
        Session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject { ["scope"] = new JsonObject { ["fingerprint"] = "fp" } }));
}
