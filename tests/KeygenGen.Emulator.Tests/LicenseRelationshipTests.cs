using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>A license's relationship routes: product, policy (transfer), owner (and the v1.5 user), machines, tokens and users.</summary>
public sealed class LicenseRelationshipTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task ToOneRelationshipsAnswerTheRelatedResourceOrNull()
    {
        var policy = await Session.PolicyAsync();
        var license = (await Session.LicenseAsync(policy)).Id;

        var product = await Session.GetAsync($"/licenses/{license}/product");
        var itsPolicy = await Session.GetAsync($"/licenses/{license}/policy");
        var owner = await Session.GetAsync($"/licenses/{license}/owner");
        var legacyUser = await Session.GetAsync($"/licenses/{license}/user");

        Assert.Equal("products", product.Data["type"]!.GetValue<string>());
        Assert.Equal(policy, itsPolicy.Id);
        Assert.Equal(200, owner.Code);
        Assert.Null(owner.Json!["data"]);
        Assert.Null(legacyUser.Json!["data"]);
    }

    [Fact]
    public async Task MachinesAndTokensAreListedUnderTheLicense()
    {
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 2, ["authenticationStrategy"] = "MIXED" });
        var license = await Session.LicenseAsync(policy);
        var machine = (await Session.ActivateAsync(license.Id, "lic-rel-fp")).Id;
        var token = (await Session.PostAsync($"/licenses/{license.Id}/tokens")).Id;

        var machines = await Session.GetAsync($"/licenses/{license.Id}/machines");
        var byFingerprint = await Session.GetAsync($"/licenses/{license.Id}/machines/lic-rel-fp");
        var tokens = await Session.GetAsync($"/licenses/{license.Id}/tokens");
        var oneToken = await Session.GetAsync($"/licenses/{license.Id}/tokens/{token}");
        var asLicense = await Session.GetAsync($"/licenses/{license.Id}/tokens", As.License(license.Attributes["key"]!.GetValue<string>()));

        Assert.Equal(machine, Assert.Single(machines.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(machine, byFingerprint.Id);
        Assert.Equal(token, Assert.Single(tokens.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(token, oneToken.Id);
        Assert.Equal(403, asLicense.Code);
    }

    [Fact]
    public async Task TheOwnerIsChangedOrRemoved()
    {
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;
        var user = await Session.UserAsync(Names.Email("owner"));

        var changed = await Session.PatchAsync($"/licenses/{license}/owner", Json.Linkage("users", user));
        var read = await Session.GetAsync($"/licenses/{license}/owner");
        var legacy = await Session.PatchAsync($"/licenses/{license}/user", Json.Linkage("user", null));
        var missing = await Session.PatchAsync($"/licenses/{license}/owner", Json.Linkage("users", Guid.NewGuid().ToString()));

        Assert.Equal("licenses", changed.Data["type"]!.GetValue<string>());
        Assert.Equal(user, changed.Data["relationships"]!["owner"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(user, read.Id);
        Assert.Null(legacy.Data["relationships"]!["owner"]!["data"]);
        Assert.Equal("OWNER_NOT_FOUND", missing.ErrorCode);
        Assert.Equal("/data/relationships/owner", missing.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALicenseIsTransferredOnlyToACompatiblePolicy()
    {
        var product = await Session.ProductAsync();
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(product))).Id;
        var resetting = await Session.PolicyAsync(product, new JsonObject { ["transferStrategy"] = "RESET_EXPIRY", ["duration"] = 86400 });
        var pooled = await Session.PolicyAsync(product, new JsonObject { ["usePool"] = true });
        var stricter = await Session.PolicyAsync(product, new JsonObject { ["transferStrategy"] = "RESET_EXPIRY", ["duration"] = 86400, ["machineUniquenessStrategy"] = "UNIQUE_PER_ACCOUNT" });

        var moved = await Session.PatchAsync($"/licenses/{license}/policy", Json.Linkage("policies", resetting));
        var toPooled = await Session.PatchAsync($"/licenses/{license}/policy", Json.Linkage("policies", pooled));
        var toStricter = await Session.PatchAsync($"/licenses/{license}/policy", Json.Linkage("policies", stricter));
        var toNothing = await Session.PatchAsync($"/licenses/{license}/policy", Json.Linkage("policies", Guid.NewGuid().ToString()));
        var withoutData = await Session.PatchAsync($"/licenses/{license}/policy", Json.Linkage("policies", null));

        Assert.Equal(resetting, moved.Data["relationships"]!["policy"]!["data"]!["id"]!.GetValue<string>());
        Assert.NotNull(moved.Attributes["expiry"]);
        Assert.Equal("POLICY_NOT_COMPATIBLE", toPooled.ErrorCode);
        Assert.Equal("cannot change from a pooled policy to an unpooled policy (or vice-versa)", toPooled.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("cannot change to a policy with a more strict machine uniqueness strategy", toStricter.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("POLICY_NOT_FOUND", toNothing.ErrorCode);
        Assert.Equal(400, withoutData.Code);
    }

    [Fact]
    public async Task UsersAreAttachedAsLicenseUsersWithinMaxUsers()
    {
        var ownerEmail = Names.Email("owner");
        var owner = await Session.UserAsync(ownerEmail);
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(new JsonObject { ["maxUsers"] = 2 }), ownerId: owner)).Id;
        var (firstEmail, second) = (Names.Email("first"), await Session.UserAsync(Names.Email("second")));
        var first = await Session.UserAsync(firstEmail);

        var attached = await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", first));
        var again = await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", first));
        var theOwner = await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", owner));
        var overLimit = await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", second));
        var users = await Session.GetAsync($"/licenses/{license}/users");
        var byEmail = await Session.GetAsync($"/licenses/{license}/users/{firstEmail}");
        var asAttached = await Session.GetAsync($"/licenses/{license}", As.Bearer(await Session.TokenForAsync(firstEmail)));

        Assert.Equal("license-users", attached.Data[0]!["type"]!.GetValue<string>());
        Assert.Equal(Session.PathOf($"/licenses/{license}/users/{first}"), attached.Data[0]!["links"]!["related"]!.GetValue<string>());
        Assert.Equal("USER_TAKEN", again.ErrorCode);
        Assert.Equal("USER_CONFLICT", theOwner.ErrorCode);
        Assert.Equal("already exists (user is attached through owner)", theOwner.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("USER_LIMIT_EXCEEDED", overLimit.ErrorCode);
        Assert.Equal("/data/relationships/users", overLimit.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(new[] { owner, first }.Order(), users.Data.AsArray().Select(u => u!["id"]!.GetValue<string>()).Order());
        Assert.Equal(first, byEmail.Id);
        Assert.Equal(200, asAttached.Code);
        Assert.Equal(2, asAttached.Data["relationships"]!["users"]!["meta"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task DetachingLeavesTheOwnerAndRejectsStrangers()
    {
        var owner = await Session.UserAsync(Names.Email("owner"));
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(), ownerId: owner)).Id;
        var attached = await Session.UserAsync(Names.Email("attached"));
        var stranger = await Session.UserAsync(Names.Email("stranger"));
        await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", attached));

        var theOwner = await Session.SendAsync(HttpMethod.Delete, $"/licenses/{license}/users", Json.Linkages("users", attached, owner));
        var notAttached = await Session.SendAsync(HttpMethod.Delete, $"/licenses/{license}/users", Json.Linkages("users", stranger));
        var detached = await Session.SendAsync(HttpMethod.Delete, $"/licenses/{license}/users", Json.Linkages("users", attached));
        var users = await Session.GetAsync($"/licenses/{license}/users");

        Assert.Equal(403, theOwner.Code);
        Assert.Equal($"cannot detach user '{owner}' (user is attached through owner)", theOwner.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/1", theOwner.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(422, notAttached.Code);
        Assert.Equal($"cannot detach user '{stranger}' (user is not attached)", notAttached.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(204, detached.Code);
        Assert.Equal(owner, Assert.Single(users.Data.AsArray())!["id"]!.GetValue<string>());
    }
}
