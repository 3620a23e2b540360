using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Machine activation: fingerprint uniqueness, machine limits (also under concurrency), activation tokens.</summary>
public sealed class MachineTests
{
    [Fact]
    public async Task ActivationCreatesAMachineCountedOnItsLicense()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var machine = await session.ActivateAsync(license.Id, "fp-1", new JsonObject { ["cores"] = 4, ["platform"] = "linux" });
        var refreshed = await session.GetAsync($"/licenses/{license.Id}");

        Assert.Equal(201, machine.Code);
        Assert.Equal("NOT_STARTED", machine.Attributes["heartbeatStatus"]!.GetValue<string>());
        Assert.Equal(600, machine.Attributes["heartbeatDuration"]!.GetValue<int>());
        Assert.Equal(license.Id, machine.Data["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>());
        var meta = refreshed.Data["relationships"]!["machines"]!["meta"]!;
        Assert.Equal(1, meta["count"]!.GetValue<int>());
        Assert.Equal(4, meta["cores"]!.GetValue<int>());
        Assert.Equal(machine.Id, (await session.GetAsync("/machines/fp-1")).Id);
    }

    [Fact]
    public async Task FingerprintsAreUniquePerLicense()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 5 }));
        await session.ActivateAsync(license.Id, "fp-1");

        var duplicate = await session.ActivateAsync(license.Id, "fp-1");

        Assert.Equal(422, duplicate.Code);
        Assert.Equal("FINGERPRINT_TAKEN", duplicate.ErrorCode);
        Assert.Equal("has already been taken", duplicate.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/fingerprint", duplicate.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task AccountWideUniquenessSpansLicenses()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync(new JsonObject { ["machineUniquenessStrategy"] = "UNIQUE_PER_ACCOUNT" });
        var first = await session.LicenseAsync(policyId);
        var second = await session.LicenseAsync(policyId);
        await session.ActivateAsync(first.Id, "shared-fp");

        var response = await session.ActivateAsync(second.Id, "shared-fp");

        Assert.Equal("FINGERPRINT_TAKEN", response.ErrorCode);
        Assert.Equal("has already been taken for this account", response.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodeLockedLicensesTakeOneMachine()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());
        await session.ActivateAsync(license.Id, "fp-1");

        var second = await session.ActivateAsync(license.Id, "fp-2");

        Assert.Equal(422, second.Code);
        Assert.Equal("MACHINE_LIMIT_EXCEEDED", second.ErrorCode);
        Assert.Equal("machine count has exceeded maximum allowed for license (1)", second.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data", second.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task ParallelActivationsNeverExceedTheMachineLimit()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 5 }));

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => session.ActivateAsync(license.Id, $"parallel-{i}")));

        Assert.Equal(5, responses.Count(r => r.Code == 201));
        Assert.Equal(45, responses.Count(r => r.Code == 422 && r.ErrorCode == "MACHINE_LIMIT_EXCEEDED"));
        var machines = await session.GetAsync($"/machines?license={license.Id}");
        Assert.Equal(5, machines.Json!["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task ParallelActivationsOfOneFingerprintCreateOneMachine()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 50 }));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => session.ActivateAsync(license.Id, "same-fingerprint")));

        Assert.Equal(1, responses.Count(r => r.Code == 201));
        Assert.All(responses.Where(r => r.Code != 201), r => Assert.Equal("FINGERPRINT_TAKEN", r.ErrorCode));
    }

    [Fact]
    public async Task CoreLimitsApplyAtActivation()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 5, ["maxCores"] = 4 }));

        var response = await session.ActivateAsync(license.Id, "big", new JsonObject { ["cores"] = 8 });

        Assert.Equal(422, response.Code);
        Assert.Equal("MACHINE_CORE_LIMIT_EXCEEDED", response.ErrorCode);
    }

    [Fact]
    public async Task ActivationTokensCountAndLimitActivations()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 5 }));
        var issued = await session.PostAsync($"/licenses/{license.Id}/tokens", Json.Resource("tokens", new JsonObject { ["maxActivations"] = 1 }));
        var token = issued.Attributes["token"]!.GetValue<string>();

        var first = await session.ActivateAsync(license.Id, "fp-1", auth: As.Bearer(token));
        var second = await session.ActivateAsync(license.Id, "fp-2", auth: As.Bearer(token));
        var state = await session.GetAsync("/tokens/" + issued.Id);

        Assert.Equal(200, issued.Code);
        Assert.Equal("activation-token", issued.Attributes["kind"]!.GetValue<string>());
        Assert.StartsWith("activ-", token, StringComparison.Ordinal);
        Assert.Equal(201, first.Code);
        Assert.Equal(422, second.Code);
        Assert.Equal("ACTIVATIONS_LIMIT_EXCEEDED", second.ErrorCode);
        Assert.Equal("/data/attributes/activations", second.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(1, state.Attributes["activations"]!.GetValue<int>());
    }

    [Fact]
    public async Task ActivationTokensAreRefusedWhenThePolicyOnlyAllowsLicenseKeys()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" }));
        var token = (await session.PostAsync($"/licenses/{license.Id}/tokens")).Attributes["token"]!.GetValue<string>();

        var response = await session.ActivateAsync(license.Id, "fp-1", auth: As.Bearer(token));

        Assert.Equal(403, response.Code);
        Assert.Equal("TOKEN_NOT_ALLOWED", response.ErrorCode);
        Assert.Equal("Token authentication is not allowed by policy", response.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task LicenseKeyBearersActivateOnlyTheirOwnLicense()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var mine = await session.LicenseAsync(policyId);
        var theirs = await session.LicenseAsync(policyId);
        var key = As.License(mine.Attributes["key"]!.GetValue<string>());

        var own = await session.ActivateAsync(mine.Id, "fp-1", auth: key);
        var foreign = await session.ActivateAsync(theirs.Id, "fp-2", auth: key);

        Assert.Equal(201, own.Code);
        Assert.Equal(403, foreign.Code);
    }

    [Fact]
    public async Task DeactivationFreesTheSlot()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());
        await session.ActivateAsync(license.Id, "old-machine");

        var deleted = await session.DeleteAsync("/machines/old-machine");
        var replacement = await session.ActivateAsync(license.Id, "new-machine");

        Assert.Equal(204, deleted.Code);
        Assert.Equal(201, replacement.Code);
    }

    [Fact]
    public async Task UpdateChangesNameButNotFingerprint()
    {
        await using var session = await EmulatorSession.StartAsync();
        var machine = await session.ActivateAsync((await session.LicenseAsync(await session.PolicyAsync())).Id, "fp-1");

        var renamed = await session.PatchAsync("/machines/" + machine.Id, Json.Resource("machines", new JsonObject { ["name"] = "Workstation" }));
        var refused = await session.PatchAsync("/machines/" + machine.Id, Json.Resource("machines", new JsonObject { ["fingerprint"] = "other" }));

        Assert.Equal("Workstation", renamed.Attributes["name"]!.GetValue<string>());
        Assert.Equal(400, refused.Code);
        Assert.Equal("/data/attributes/fingerprint", refused.FirstError["source"]!["pointer"]!.GetValue<string>());
    }
}
