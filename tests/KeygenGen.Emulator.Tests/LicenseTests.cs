using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>License creation (keys, expiry, schemes, pools), updates and the permit actions.</summary>
public sealed class LicenseTests
{
    [Fact]
    public async Task CreateGeneratesAKeygenKeyAndAnExpiryFromThePolicyDuration()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync(new JsonObject { ["duration"] = 30 * 86400 });

        var license = await session.LicenseAsync(policyId);

        var key = license.Attributes["key"]!.GetValue<string>();
        Assert.Matches(new Regex("^[0-9A-F]{6}(-[0-9A-F]{6}){4}-V3$"), key);
        var created = DateTimeOffset.Parse(license.Attributes["created"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var expiry = DateTimeOffset.Parse(license.Attributes["expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromDays(30), expiry - created);
        Assert.Equal("ACTIVE", license.Attributes["status"]!.GetValue<string>());
        Assert.Equal(policyId, license.Data["relationships"]!["policy"]!["data"]!["id"]!.GetValue<string>());
        Assert.EndsWith(session.PathOf("/licenses/" + license.Id), license.Header("Location"));

        var byKey = await session.GetAsync("/licenses/" + key);
        Assert.Equal(license.Id, byKey.Id);
    }

    [Fact]
    public async Task CustomKeysMustBeUniqueAndLongEnough()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync();
        await session.LicenseAsync(policyId, new JsonObject { ["key"] = "MY-CUSTOM-KEY" });

        var taken = await session.PostAsync("/licenses", Json.Resource("licenses", new JsonObject { ["key"] = "MY-CUSTOM-KEY" }, Json.Relationship("policy", "policies", policyId)));
        var tooShort = await session.PostAsync("/licenses", Json.Resource("licenses", new JsonObject { ["key"] = "abc" }, Json.Relationship("policy", "policies", policyId)));

        Assert.Equal(422, taken.Code);
        Assert.Equal("Unprocessable resource", taken.FirstError["title"]!.GetValue<string>());
        Assert.Equal("KEY_TAKEN", taken.ErrorCode);
        Assert.Equal("/data/attributes/key", taken.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("KEY_TOO_SHORT", tooShort.ErrorCode);
    }

    [Fact]
    public async Task MissingPolicyIsPolicyNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.PostAsync("/licenses", Json.Resource("licenses", null, Json.Relationship("policy", "policies", Guid.NewGuid().ToString())));

        Assert.Equal(422, response.Code);
        Assert.Equal("POLICY_NOT_FOUND", response.ErrorCode);
        Assert.Equal("must exist", response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/policy", response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task SuspendAndReinstateAnswer422WhenNotApplicable()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = (await session.LicenseAsync(await session.PolicyAsync())).Id;

        var suspended = await session.PostAsync($"/licenses/{id}/actions/suspend");
        var again = await session.PostAsync($"/licenses/{id}/actions/suspend");
        var reinstated = await session.PostAsync($"/licenses/{id}/actions/reinstate");
        var notSuspended = await session.PostAsync($"/licenses/{id}/actions/reinstate");

        Assert.True(suspended.Attributes["suspended"]!.GetValue<bool>());
        Assert.Equal("SUSPENDED", suspended.Attributes["status"]!.GetValue<string>());
        Assert.Equal(422, again.Code);
        Assert.Equal("is already suspended", again.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/suspended", again.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Null(again.ErrorCode);
        Assert.False(reinstated.Attributes["suspended"]!.GetValue<bool>());
        Assert.Equal(422, notSuspended.Code);
        Assert.Equal("is not suspended", notSuspended.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task RenewExtendsFromTheExpiryAndNeedsADuration()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["duration"] = 86400 }));
        var unlimited = await session.LicenseAsync(await session.PolicyAsync());

        var renewed = await session.PostAsync($"/licenses/{license.Id}/actions/renew");
        var refused = await session.PostAsync($"/licenses/{unlimited.Id}/actions/renew");

        var before = DateTimeOffset.Parse(license.Attributes["expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var after = DateTimeOffset.Parse(renewed.Attributes["expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromDays(1), after - before);
        Assert.Equal(422, refused.Code);
        Assert.Equal("cannot be renewed because the policy does not have a duration", refused.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckInOnlyWhenThePolicyRequiresIt()
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });
        var required = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["requireCheckIn"] = true, ["checkInInterval"] = "day", ["checkInIntervalCount"] = 1 }));
        var notRequired = await session.LicenseAsync(await session.PolicyAsync());
        clock.Advance(TimeSpan.FromHours(5));

        var checkedIn = await session.PostAsync($"/licenses/{required.Id}/actions/check-in");
        var refused = await session.PostAsync($"/licenses/{notRequired.Id}/actions/check-in");

        var last = DateTimeOffset.Parse(checkedIn.Attributes["lastCheckIn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTimeOffset.Parse(checkedIn.Attributes["nextCheckIn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), last.ToUnixTimeSeconds());
        Assert.Equal(TimeSpan.FromDays(1), next - last);
        Assert.Equal(422, refused.Code);
        Assert.Equal("cannot be checked in because the policy does not require it", refused.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(checkedIn.Header("Date"), checkedIn.Header("Keygen-Date"));
    }

    [Fact]
    public async Task RevokeDeletesTheLicense()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = (await session.LicenseAsync(await session.PolicyAsync())).Id;

        var revoked = await session.DeleteAsync($"/licenses/{id}/actions/revoke");
        var gone = await session.GetAsync($"/licenses/{id}");

        Assert.Equal(204, revoked.Code);
        Assert.Equal(404, gone.Code);
        Assert.Equal($"The requested license '{id}' was not found", gone.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task RejectedUpdateLeavesTheLicenseUnchanged()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = (await session.LicenseAsync(await session.PolicyAsync(), new JsonObject { ["name"] = "Before" })).Id;

        var rejected = await session.PatchAsync($"/licenses/{id}", Json.Resource("licenses", new JsonObject { ["name"] = "After", ["maxMachines"] = 3 }));
        var current = await session.GetAsync($"/licenses/{id}");

        Assert.Equal(422, rejected.Code);
        Assert.Equal("MAX_MACHINES_INVALID", rejected.ErrorCode);
        Assert.Equal("must be equal to 1 for non-floating policy", rejected.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("Before", current.Attributes["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ed25519SignedKeysVerifyWithTheAccountKey()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["scheme"] = "ED25519_SIGN" }));

        var key = license.Attributes["key"]!.GetValue<string>();
        var dot = key.LastIndexOf('.');
        var signingData = key[..dot];
        var signature = Convert.FromBase64String(key[(dot + 1)..].Replace('-', '+').Replace('_', '/'));
        var dataset = JsonNode.Parse(Convert.FromBase64String(signingData["key/".Length..].Replace('-', '+').Replace('_', '/')))!;

        Assert.StartsWith("key/", key, StringComparison.Ordinal);
        Assert.True(Ed25519Reference.Verify(Convert.FromHexString(session.Emulator.PublicKeyHex), Encoding.UTF8.GetBytes(signingData), signature));
        Assert.Equal(license.Id, dataset["license"]!["id"]!.GetValue<string>());
        Assert.Equal("ED25519_SIGN", license.Attributes["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task PooledPoliciesTakeKeysFromThePoolUntilItIsEmpty()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync(new JsonObject { ["usePool"] = true });
        var pooled = await session.PostAsync("/keys", Json.Resource("keys", new JsonObject { ["key"] = "POOLED-KEY-0001" }, Json.Relationship("policy", "policies", policyId)));

        var first = await session.LicenseAsync(policyId);
        var empty = await session.PostAsync("/licenses", Json.Resource("licenses", null, Json.Relationship("policy", "policies", policyId)));

        Assert.Equal(201, pooled.Code);
        Assert.Equal("POOLED-KEY-0001", first.Attributes["key"]!.GetValue<string>());
        Assert.Equal(404, (await session.GetAsync("/keys/" + pooled.Id)).Code);
        Assert.Equal(422, empty.Code);
        Assert.Equal("POLICY_POOL_EMPTY", empty.ErrorCode);
        Assert.Equal("pool is empty", empty.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task KeysCannotJoinAnUnpooledPolicy()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyId = await session.PolicyAsync();

        var response = await session.PostAsync("/keys", Json.Resource("keys", new JsonObject { ["key"] = "POOLED-KEY-0001" }, Json.Relationship("policy", "policies", policyId)));

        Assert.Equal(422, response.Code);
        Assert.Equal("POLICY_NOT_SUPPORTED", response.ErrorCode);
    }

    [Fact]
    public async Task LicenseKeyAuthenticationFollowsThePolicysStrategy()
    {
        await using var session = await EmulatorSession.StartAsync();
        var allowed = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" }));
        var tokenOnly = await session.LicenseAsync(await session.PolicyAsync());
        var allowedKey = allowed.Attributes["key"]!.GetValue<string>();

        var own = await session.GetAsync($"/licenses/{allowed.Id}", As.License(allowedKey));
        var other = await session.GetAsync($"/licenses/{tokenOnly.Id}", As.License(allowedKey));
        var list = await session.GetAsync("/licenses", As.License(allowedKey));
        var notAllowed = await session.GetAsync($"/licenses/{tokenOnly.Id}", As.License(tokenOnly.Attributes["key"]!.GetValue<string>()));
        var invalid = await session.GetAsync($"/licenses/{allowed.Id}", As.License("NOT-A-KEY"));
        await session.PostAsync($"/licenses/{allowed.Id}/actions/suspend");
        var suspended = await session.GetAsync($"/licenses/{allowed.Id}", As.License(allowedKey));

        Assert.Equal(200, own.Code);
        Assert.Equal(allowed.Id, own.Header("Keygen-Bearer"));
        Assert.Equal(404, other.Code);
        Assert.Equal(403, list.Code);
        Assert.Equal(403, notAllowed.Code);
        Assert.Equal("LICENSE_NOT_ALLOWED", notAllowed.ErrorCode);
        Assert.Equal(401, invalid.Code);
        Assert.Equal("LICENSE_INVALID", invalid.ErrorCode);
        Assert.Equal("License realm=\"keygen\"", invalid.Header("WWW-Authenticate"));
        Assert.Equal(403, suspended.Code);
        Assert.Equal("LICENSE_SUSPENDED", suspended.ErrorCode);
    }

    [Fact]
    public async Task FiltersNarrowTheList()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policyA = await session.PolicyAsync();
        var policyB = await session.PolicyAsync();
        var a = await session.LicenseAsync(policyA, new JsonObject { ["metadata"] = new JsonObject { ["tier"] = "gold" } });
        await session.LicenseAsync(policyB);

        var byPolicy = await session.GetAsync($"/licenses?policy={policyA}");
        var byMetadata = await session.GetAsync("/licenses?metadata[tier]=gold");
        var suspended = await session.GetAsync("/licenses?suspended=true");

        Assert.Equal(a.Id, Assert.Single(byPolicy.Json!["data"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(a.Id, Assert.Single(byMetadata.Json!["data"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Empty(suspended.Json!["data"]!.AsArray());
    }
}
