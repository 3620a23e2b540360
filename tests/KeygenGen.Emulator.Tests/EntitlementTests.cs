using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Entitlements: CRUD, attaching to policies and licenses (join resources), detaching, and the entitlements validation scope.</summary>
public sealed class EntitlementTests : IClassFixture<SharedEmulator>
{
    private readonly EmulatorSession _session;

    public EntitlementTests(SharedEmulator shared)
    {
        _session = shared.Session;
    }

    [Fact]
    public async Task AnEntitlementIsCreatedReadByCodeUpdatedAndDeleted()
    {
        var code = Names.Unique("PRO");
        var created = await _session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "Pro features", ["code"] = code, ["metadata"] = new JsonObject { ["tier_level"] = 2 } }));

        Assert.Equal(201, created.Code);
        Assert.Equal("entitlements", created.Data["type"]!.GetValue<string>());
        Assert.EndsWith(_session.PathOf("/entitlements/" + created.Id), created.Header("Location"));
        Assert.Equal(code, created.Attributes["code"]!.GetValue<string>());
        Assert.Equal(2, created.Attributes["metadata"]!["tierLevel"]!.GetValue<int>());
        Assert.Equal(_session.Emulator.AccountId, created.Data["relationships"]!["account"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(_session.PathOf("/entitlements/" + created.Id), created.Data["links"]!["self"]!.GetValue<string>());

        var byCode = await _session.GetAsync("/entitlements/" + code);
        var renamed = await _session.PatchAsync("/entitlements/" + created.Id, Json.Resource("entitlements", new JsonObject { ["name"] = "Professional" }));
        var deleted = await _session.DeleteAsync("/entitlements/" + code);
        var gone = await _session.GetAsync("/entitlements/" + created.Id);

        Assert.Equal(created.Id, byCode.Id);
        Assert.Equal("Professional", renamed.Attributes["name"]!.GetValue<string>());
        Assert.Equal(code, renamed.Attributes["code"]!.GetValue<string>());
        Assert.Equal(204, deleted.Code);
        Assert.Equal(404, gone.Code);
        Assert.Equal($"The requested entitlement '{created.Id}' was not found", gone.FirstError["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("taken", "CODE_TAKEN", "has already been taken")]
    [InlineData("actions", "CODE_NOT_ALLOWED", "is reserved")]
    [InlineData("3f1a1c2e-8e52-4d3f-9d7a-0c8f3b6e2a11", "CODE_INVALID", "is invalid")]
    public async Task CodesMustBeUniqueUnreservedAndNotUuids(string code, string errorCode, string detail)
    {
        var existing = Names.Unique("DUP");
        await _session.EntitlementAsync(existing);
        var attempted = code == "taken" ? existing.ToLowerInvariant() : code;

        var response = await _session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "x", ["code"] = attempted }));

        Assert.Equal(422, response.Code);
        Assert.Equal(errorCode, response.ErrorCode);
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/code", response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyAdminsAndDevelopersManageEntitlements()
    {
        var product = await _session.ProductAsync();
        var token = await _session.ProductTokenAsync(product);

        var create = await _session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "x", ["code"] = Names.Unique("P") }), As.Bearer(token));
        var read = await _session.GetAsync("/entitlements", As.Bearer(token));

        Assert.Equal(403, create.Code);
        Assert.Equal(200, read.Code);
    }

    [Fact]
    public async Task AttachingToAPolicyAnswersPolicyEntitlementJoinResources()
    {
        var policy = await _session.PolicyAsync();
        var first = await _session.EntitlementAsync(Names.Unique("A"));
        var second = await _session.EntitlementAsync(Names.Unique("B"));

        var attached = await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", first, second));

        Assert.Equal(200, attached.Code);
        var rows = attached.Data.AsArray();
        Assert.Equal(2, rows.Count);
        var row = rows[0]!;
        Assert.Equal("policy-entitlements", row["type"]!.GetValue<string>());
        Assert.Equal(first, row["relationships"]!["entitlement"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(policy, row["relationships"]!["policy"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(_session.PathOf($"/policies/{policy}/entitlements/{first}"), row["links"]!["related"]!.GetValue<string>());
        Assert.NotNull(row["attributes"]!["created"]);

        var listed = await _session.GetAsync($"/policies/{policy}/entitlements");
        var one = await _session.GetAsync($"/policies/{policy}/entitlements/{second}");
        var notAttached = await _session.GetAsync($"/policies/{policy}/entitlements/{await _session.EntitlementAsync(Names.Unique("C"))}");

        Assert.Equal(new[] { first, second }.Order(), listed.Data.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
        Assert.Equal("entitlements", one.Data["type"]!.GetValue<string>());
        Assert.Equal(404, notAttached.Code);
    }

    [Fact]
    public async Task AttachIsAllOrNothingWithKeygensErrors()
    {
        var policy = await _session.PolicyAsync();
        var entitlement = await _session.EntitlementAsync(Names.Unique("E"));

        var empty = await _session.PostAsync($"/policies/{policy}/entitlements", new JsonObject { ["data"] = new JsonArray() });
        var missing = await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement, Guid.NewGuid().ToString()));
        var afterMissing = await _session.GetAsync($"/policies/{policy}/entitlements");
        await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement));
        var again = await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement));

        Assert.Equal(400, empty.Code);
        Assert.Equal("length must be between 1 and 100 (inclusive)", empty.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data", empty.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(422, missing.Code);
        Assert.Equal("ENTITLEMENT_NOT_FOUND", missing.ErrorCode);
        Assert.Equal("must exist", missing.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/entitlement", missing.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Empty(afterMissing.Data.AsArray());
        Assert.Equal("ENTITLEMENT_TAKEN", again.ErrorCode);
        Assert.Equal("already exists", again.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALicenseHasItsPolicysEntitlementsAndItsOwn()
    {
        var policy = await _session.PolicyAsync();
        var license = (await _session.LicenseAsync(policy)).Id;
        var fromPolicy = await _session.EntitlementAsync(Names.Unique("POL"));
        var own = await _session.EntitlementAsync(Names.Unique("LIC"));
        await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", fromPolicy));

        var attached = await _session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
        var conflict = await _session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", fromPolicy));
        var listed = await _session.GetAsync($"/licenses/{license}/entitlements");

        Assert.Equal("license-entitlements", attached.Data[0]!["type"]!.GetValue<string>());
        Assert.Equal(license, attached.Data[0]!["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("ENTITLEMENT_CONFLICT", conflict.ErrorCode);
        Assert.Equal("already exists (entitlement is attached through policy)", conflict.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(new[] { fromPolicy, own }.Order(), listed.Data.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task DetachingChecksEveryItemFirst()
    {
        var policy = await _session.PolicyAsync();
        var license = (await _session.LicenseAsync(policy)).Id;
        var fromPolicy = await _session.EntitlementAsync(Names.Unique("POL"));
        var own = await _session.EntitlementAsync(Names.Unique("LIC"));
        var stranger = await _session.EntitlementAsync(Names.Unique("NOT"));
        await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", fromPolicy));
        await _session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));

        var throughPolicy = await _session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own, fromPolicy));
        var notAttached = await _session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own, stranger));
        var detached = await _session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
        var listed = await _session.GetAsync($"/licenses/{license}/entitlements");

        Assert.Equal(403, throughPolicy.Code);
        Assert.Equal($"cannot detach entitlement '{fromPolicy}' (entitlement is attached through policy)", throughPolicy.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/1", throughPolicy.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(422, notAttached.Code);
        Assert.Equal($"cannot detach entitlement '{stranger}' (entitlement is not attached)", notAttached.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/1", notAttached.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(204, detached.Code);
        Assert.Equal(fromPolicy, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidationAsksForEntitlementCodesFromPolicyAndLicense()
    {
        var policy = await _session.PolicyAsync();
        var license = (await _session.LicenseAsync(policy)).Id;
        var (policyCode, licenseCode) = (Names.Unique("POL"), Names.Unique("LIC"));
        await _session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", await _session.EntitlementAsync(policyCode)));
        var own = await _session.EntitlementAsync(licenseCode);
        await _session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));

        var both = await ValidateAsync(license, policyCode, licenseCode);
        var unknown = await ValidateAsync(license, policyCode, licenseCode.ToLowerInvariant());
        await _session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
        var afterDetach = await ValidateAsync(license, licenseCode);

        Assert.Equal("VALID", both.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.True(both.Json!["meta"]!["valid"]!.GetValue<bool>());
        Assert.Equal("ENTITLEMENTS_MISSING", unknown.Json!["meta"]!["code"]!.GetValue<string>());
        Assert.Equal("is missing one or more required entitlements", unknown.Json!["meta"]!["detail"]!.GetValue<string>());
        Assert.Equal("ENTITLEMENTS_MISSING", afterDetach.Json!["meta"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task LicensesSeeOnlyTheirOwnEntitlements()
    {
        var policy = await _session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var license = await _session.LicenseAsync(policy);
        var key = license.Attributes["key"]!.GetValue<string>();
        var mine = await _session.EntitlementAsync(Names.Unique("MINE"));
        var other = await _session.EntitlementAsync(Names.Unique("OTHER"));
        await _session.PostAsync($"/licenses/{license.Id}/entitlements", Json.Linkages("entitlements", mine));

        var listed = await _session.GetAsync("/entitlements", As.License(key));
        var hidden = await _session.GetAsync("/entitlements/" + other, As.License(key));
        var attach = await _session.PostAsync($"/licenses/{license.Id}/entitlements", Json.Linkages("entitlements", other), As.License(key));

        Assert.Equal(mine, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(404, hidden.Code);
        Assert.Equal(403, attach.Code);
    }

    private Task<ApiResponse> ValidateAsync(string license, params string[] codes) =>
        _session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject
        {
            ["scope"] = new JsonObject { ["entitlements"] = new JsonArray(codes.Select(c => (JsonNode?)c).ToArray()) },
        }));
}
