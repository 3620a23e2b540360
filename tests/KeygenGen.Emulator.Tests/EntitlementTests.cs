using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Entitlements: CRUD, attaching to policies and licenses (join resources), detaching, and the entitlements validation scope.</summary>
public sealed class EntitlementTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AnEntitlementIsCreatedReadByCodeUpdatedAndDeleted()
    {
        var code = Names.Unique("PRO");
        var created = await Session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "Pro features", ["code"] = code, ["metadata"] = new JsonObject { ["tier_level"] = 2 } }));

        Assert.Equal(201, created.Code);
        Assert.Equal("entitlements", created.Data["type"]!.GetValue<string>());
        Assert.EndsWith(Session.PathOf("/entitlements/" + created.Id), created.Header("Location"));
        Assert.Equal(code, created.Attributes["code"]!.GetValue<string>());
        Assert.Equal(2, created.Attributes["metadata"]!["tierLevel"]!.GetValue<int>());
        Assert.Equal(Session.Emulator.AccountId, created.Data["relationships"]!["account"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(Session.PathOf("/entitlements/" + created.Id), created.Data["links"]!["self"]!.GetValue<string>());

        var byCode = await Session.GetAsync("/entitlements/" + code);
        var renamed = await Session.PatchAsync("/entitlements/" + created.Id, Json.Resource("entitlements", new JsonObject { ["name"] = "Professional" }));
        var deleted = await Session.DeleteAsync("/entitlements/" + code);
        var gone = await Session.GetAsync("/entitlements/" + created.Id);

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
        await Session.EntitlementAsync(existing);
        var attempted = code == "taken" ? existing.ToLowerInvariant() : code;

        var response = await Session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "x", ["code"] = attempted }));

        Assert.Equal(422, response.Code);
        Assert.Equal(errorCode, response.ErrorCode);
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/code", response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyAdminsAndDevelopersManageEntitlements()
    {
        var product = await Session.ProductAsync();
        var token = await Session.ProductTokenAsync(product);

        var create = await Session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "x", ["code"] = Names.Unique("P") }), As.Bearer(token));
        var read = await Session.GetAsync("/entitlements", As.Bearer(token));

        Assert.Equal(403, create.Code);
        Assert.Equal(200, read.Code);
    }

    [Fact]
    public async Task AttachingToAPolicyAnswersPolicyEntitlementJoinResources()
    {
        var policy = await Session.PolicyAsync();
        var first = await Session.EntitlementAsync(Names.Unique("A"));
        var second = await Session.EntitlementAsync(Names.Unique("B"));

        var attached = await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", first, second));

        Assert.Equal(200, attached.Code);
        var rows = attached.Data.AsArray();
        Assert.Equal(2, rows.Count);
        var row = rows[0]!;
        Assert.Equal("policy-entitlements", row["type"]!.GetValue<string>());
        Assert.Equal(first, row["relationships"]!["entitlement"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(policy, row["relationships"]!["policy"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(Session.PathOf($"/policies/{policy}/entitlements/{first}"), row["links"]!["related"]!.GetValue<string>());
        Assert.NotNull(row["attributes"]!["created"]);

        var listed = await Session.GetAsync($"/policies/{policy}/entitlements");
        var one = await Session.GetAsync($"/policies/{policy}/entitlements/{second}");
        var notAttached = await Session.GetAsync($"/policies/{policy}/entitlements/{await Session.EntitlementAsync(Names.Unique("C"))}");

        Assert.Equal(new[] { first, second }.Order(), listed.Data.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
        Assert.Equal("entitlements", one.Data["type"]!.GetValue<string>());
        Assert.Equal(404, notAttached.Code);
    }

    [Fact]
    public async Task AttachIsAllOrNothingWithKeygensErrors()
    {
        var policy = await Session.PolicyAsync();
        var entitlement = await Session.EntitlementAsync(Names.Unique("E"));

        var empty = await Session.PostAsync($"/policies/{policy}/entitlements", new JsonObject { ["data"] = new JsonArray() });
        var missing = await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement, Guid.NewGuid().ToString()));
        var afterMissing = await Session.GetAsync($"/policies/{policy}/entitlements");
        await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement));
        var again = await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlement", entitlement));

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
        var policy = await Session.PolicyAsync();
        var license = (await Session.LicenseAsync(policy)).Id;
        var fromPolicy = await Session.EntitlementAsync(Names.Unique("POL"));
        var own = await Session.EntitlementAsync(Names.Unique("LIC"));
        await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", fromPolicy));

        var attached = await Session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
        var conflict = await Session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", fromPolicy));
        var listed = await Session.GetAsync($"/licenses/{license}/entitlements");

        Assert.Equal("license-entitlements", attached.Data[0]!["type"]!.GetValue<string>());
        Assert.Equal(license, attached.Data[0]!["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("ENTITLEMENT_CONFLICT", conflict.ErrorCode);
        Assert.Equal("already exists (entitlement is attached through policy)", conflict.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(new[] { fromPolicy, own }.Order(), listed.Data.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task DetachingChecksEveryItemFirst()
    {
        var policy = await Session.PolicyAsync();
        var license = (await Session.LicenseAsync(policy)).Id;
        var fromPolicy = await Session.EntitlementAsync(Names.Unique("POL"));
        var own = await Session.EntitlementAsync(Names.Unique("LIC"));
        var stranger = await Session.EntitlementAsync(Names.Unique("NOT"));
        await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", fromPolicy));
        await Session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));

        var throughPolicy = await Session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own, fromPolicy));
        var notAttached = await Session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own, stranger));
        var detached = await Session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
        var listed = await Session.GetAsync($"/licenses/{license}/entitlements");

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
        var policy = await Session.PolicyAsync();
        var license = (await Session.LicenseAsync(policy)).Id;
        var (policyCode, licenseCode) = (Names.Unique("POL"), Names.Unique("LIC"));
        await Session.PostAsync($"/policies/{policy}/entitlements", Json.Linkages("entitlements", await Session.EntitlementAsync(policyCode)));
        var own = await Session.EntitlementAsync(licenseCode);
        await Session.PostAsync($"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));

        var both = await ValidateAsync(license, policyCode, licenseCode);
        var unknown = await ValidateAsync(license, policyCode, licenseCode.ToLowerInvariant());
        await Session.SendAsync(System.Net.Http.HttpMethod.Delete, $"/licenses/{license}/entitlements", Json.Linkages("entitlements", own));
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
        var policy = await Session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var license = await Session.LicenseAsync(policy);
        var key = license.Attributes["key"]!.GetValue<string>();
        var mine = await Session.EntitlementAsync(Names.Unique("MINE"));
        var other = await Session.EntitlementAsync(Names.Unique("OTHER"));
        await Session.PostAsync($"/licenses/{license.Id}/entitlements", Json.Linkages("entitlements", mine));

        var listed = await Session.GetAsync("/entitlements", As.License(key));
        var hidden = await Session.GetAsync("/entitlements/" + other, As.License(key));
        var attach = await Session.PostAsync($"/licenses/{license.Id}/entitlements", Json.Linkages("entitlements", other), As.License(key));

        Assert.Equal(mine, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(404, hidden.Code);
        Assert.Equal(403, attach.Code);
    }

    private Task<ApiResponse> ValidateAsync(string license, params string[] codes) =>
        Session.PostAsync($"/licenses/{license}/actions/validate", Json.Meta(new JsonObject
        {
            ["scope"] = new JsonObject { ["entitlements"] = new JsonArray(codes.Select(c => (JsonNode?)c).ToArray()) },
        }));
}
