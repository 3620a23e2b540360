using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Components: CRUD and relationships, inline creation on activation, fingerprint uniqueness, and the components validation scope.</summary>
public sealed class ComponentTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AComponentIsCreatedReadUpdatedListedAndDeleted()
    {
        var machine = await MachineAsync(new JsonObject());

        var created = await AddAsync(machine, "disk-1", "Disk");
        var id = created.Id;
        var renamed = await Session.PatchAsync($"/components/{id}", Json.Resource("components", new JsonObject { ["name"] = "Boot disk" }));
        var ofMachine = await Session.GetAsync($"/machines/{machine}/components");
        var oneOfMachine = await Session.GetAsync($"/machines/{machine}/components/{id}");
        var itsMachine = await Session.GetAsync($"/components/{id}/machine");
        var filtered = await Session.GetAsync($"/components?machine={machine}");
        var deleted = await Session.DeleteAsync($"/components/{id}");

        Assert.Equal(201, created.Code);
        Assert.Equal("components", created.Data["type"]!.GetValue<string>());
        Assert.Equal("disk-1", created.Attributes["fingerprint"]!.GetValue<string>());
        Assert.Equal(machine, created.Data["relationships"]!["machine"]!["data"]!["id"]!.GetValue<string>());
        Assert.NotNull(created.Data["relationships"]!["license"]!["data"]);
        Assert.Equal("Boot disk", renamed.Attributes["name"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single(ofMachine.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(id, oneOfMachine.Id);
        Assert.Equal(machine, itsMachine.Id);
        Assert.Equal(id, Assert.Single(filtered.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(204, deleted.Code);
        Assert.Equal(404, (await Session.GetAsync($"/components/{id}")).Code);
    }

    [Theory]
    [InlineData("UNIQUE_PER_MACHINE", true, 201, null)]
    [InlineData("UNIQUE_PER_LICENSE", true, 422, "has already been taken for this license")]
    [InlineData("UNIQUE_PER_ACCOUNT", false, 422, "has already been taken for this account")]
    [InlineData("UNIQUE_PER_POLICY", false, 201, null)]
    public async Task FingerprintsAreUniquePerTheComponentUniquenessStrategy(string strategy, bool sameLicense, int expected, string? detail)
    {
        var policy = new JsonObject { ["floating"] = true, ["maxMachines"] = 2, ["componentUniquenessStrategy"] = strategy };
        var shared = Names.Unique("hdd");
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(policy))).Id;
        var first = (await Session.ActivateAsync(license, "one")).Id;
        var otherLicense = sameLicense ? license : (await Session.LicenseAsync(await Session.PolicyAsync(policy.DeepClone().AsObject()))).Id;
        var second = (await Session.ActivateAsync(otherLicense, "two")).Id;
        await AddAsync(first, shared, "Disk");

        var sameMachine = await AddAsync(first, shared, "Disk");
        var otherMachine = await AddAsync(second, shared, "Disk");

        Assert.Equal("FINGERPRINT_TAKEN", sameMachine.ErrorCode);
        Assert.Equal("has already been taken", sameMachine.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(expected, otherMachine.Code);
        if (detail is not null)
        {
            Assert.Equal("FINGERPRINT_TAKEN", otherMachine.ErrorCode);
            Assert.Equal(detail, otherMachine.FirstError["detail"]!.GetValue<string>());
            Assert.Equal("/data/attributes/fingerprint", otherMachine.FirstError["source"]!["pointer"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ActivationCreatesInlineComponentsAllOrNothing()
    {
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 3, ["componentUniquenessStrategy"] = "UNIQUE_PER_LICENSE" });
        var license = (await Session.LicenseAsync(policy)).Id;

        var activated = await ActivateWithAsync(license, "with-parts", "cpu", "gpu");
        var duplicated = await ActivateWithAsync(license, "dup-parts", "ram", "ram");
        var taken = await ActivateWithAsync(license, "taken-parts", "nic", "gpu");
        var parts = await Session.GetAsync($"/machines/{activated.Id}/components");

        Assert.Equal(201, activated.Code);
        Assert.Equal(2, parts.Data.AsArray().Count);
        Assert.Equal(422, duplicated.Code);
        Assert.Equal("COMPONENTS_FINGERPRINT_CONFLICT", duplicated.ErrorCode);
        Assert.Equal("is duplicated", duplicated.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/components/data/0/attributes/fingerprint", duplicated.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("/data/relationships/components/data/1/attributes/fingerprint", duplicated.Json!["errors"]![1]!["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("COMPONENTS_FINGERPRINT_TAKEN", taken.ErrorCode);
        Assert.Equal("has already been taken for this license", taken.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/components/data/1/attributes/fingerprint", taken.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(404, (await Session.GetAsync("/machines/taken-parts")).Code);
    }

    [Theory]
    [InlineData("MATCH_ANY", new[] { "cpu", "nope" }, "VALID")]
    [InlineData("MATCH_ALL", new[] { "cpu", "nope" }, "COMPONENTS_SCOPE_MISMATCH")]
    [InlineData("MATCH_ALL", new[] { "cpu", "gpu" }, "VALID")]
    [InlineData("MATCH_TWO", new[] { "cpu", "x", "y" }, "COMPONENTS_SCOPE_MISMATCH")]
    [InlineData("MATCH_MOST", new[] { "cpu", "gpu", "x" }, "VALID")]
    public async Task ValidationMatchesComponentsPerStrategy(string strategy, string[] requested, string code)
    {
        var policy = await Session.PolicyAsync(new JsonObject { ["componentMatchingStrategy"] = strategy });
        var license = (await Session.LicenseAsync(policy)).Id;
        Assert.Equal(201, (await ActivateWithAsync(license, "fp", "cpu", "gpu")).Code);

        var response = await Session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject
        {
            ["scope"] = new JsonObject { ["fingerprint"] = "fp", ["components"] = new JsonArray(requested.Select(c => (JsonNode?)c).ToArray()) },
        }));

        Assert.Equal(code, response.Json!["meta"]!["code"]!.GetValue<string>());
    }

    private async Task<string> MachineAsync(JsonObject policy)
    {
        var license = await Session.LicenseAsync(await Session.PolicyAsync(policy));
        return (await Session.ActivateAsync(license.Id, "fp")).Id;
    }

    private Task<ApiResponse> AddAsync(string machine, string fingerprint, string name) =>
        Session.PostAsync("/components", Json.Resource(
            "components",
            new JsonObject { ["fingerprint"] = fingerprint, ["name"] = name },
            Json.Relationship("machine", "machines", machine)));

    private Task<ApiResponse> ActivateWithAsync(string license, string fingerprint, params string[] components)
    {
        var relationships = Json.Relationship("license", "licenses", license);
        relationships["components"] = new JsonObject
        {
            ["data"] = new JsonArray(components.Select(c => (JsonNode?)new JsonObject
            {
                ["type"] = "components",
                ["attributes"] = new JsonObject { ["fingerprint"] = c, ["name"] = c.ToUpperInvariant() },
            }).ToArray()),
        };
        return Session.PostAsync("/machines", Json.Resource("machines", new JsonObject { ["fingerprint"] = fingerprint }, relationships));
    }
}
