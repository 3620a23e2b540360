using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Groups: CRUD, members and their <c>…/group</c> relationship, group limits, and group owners.</summary>
public sealed class GroupTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AGroupIsCreatedUpdatedAndDeletedLeavingItsMembersGroupless()
    {
        var created = await GroupAsync(new JsonObject { ["maxLicenses"] = 5 });
        var license = await LicenseInAsync(created.Id);

        var updated = await Session.PatchAsync($"/groups/{created.Id}", Json.Resource("groups", new JsonObject { ["name"] = "Team B", ["maxLicenses"] = null }));
        var deleted = await Session.DeleteAsync($"/groups/{created.Id}");
        var member = await Session.GetAsync($"/licenses/{license.Id}");

        Assert.Equal(201, created.Code);
        Assert.Equal("groups", created.Data["type"]!.GetValue<string>());
        Assert.Equal(5, created.Attributes["maxLicenses"]!.GetValue<int>());
        Assert.Null(created.Attributes["maxUsers"]);
        Assert.Equal(Session.PathOf($"/groups/{created.Id}/owners"), created.Data["relationships"]!["owners"]!["links"]!["related"]!.GetValue<string>());
        Assert.Equal(created.Id, license.Data["relationships"]!["group"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("Team B", updated.Attributes["name"]!.GetValue<string>());
        Assert.Null(updated.Attributes["maxLicenses"]);
        Assert.Equal(204, deleted.Code);
        Assert.Null(member.Data["relationships"]!["group"]!["data"]);
    }

    [Fact]
    public async Task AMembersGroupIsReadAndChangedThroughItsGroupRelationship()
    {
        var group = (await GroupAsync(new JsonObject())).Id;
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;

        var none = await Session.GetAsync($"/licenses/{license}/group");
        var moved = await Session.PatchAsync($"/licenses/{license}/group", Json.Linkage("groups", group));
        var read = await Session.GetAsync($"/licenses/{license}/group");
        var missing = await Session.PatchAsync($"/licenses/{license}/group", Json.Linkage("groups", Guid.NewGuid().ToString()));
        var left = await Session.PatchAsync($"/licenses/{license}/group", Json.Linkage("groups", null));

        Assert.Equal(404, none.Code);
        Assert.Equal("The requested group was not found", none.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("licenses", moved.Data["type"]!.GetValue<string>());
        Assert.Equal(group, moved.Data["relationships"]!["group"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(group, read.Id);
        Assert.Equal(422, missing.Code);
        Assert.Equal("GROUP_NOT_FOUND", missing.ErrorCode);
        Assert.Equal("/data/relationships/group", missing.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Null(left.Data["relationships"]!["group"]!["data"]);
    }

    [Fact]
    public async Task AUserWithoutAGroupAnswersNullWhereALicenseAnswersNotFound()
    {
        var group = (await GroupAsync(new JsonObject())).Id;
        var user = await Session.UserAsync(Names.Email("groupless"));
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;

        var none = await Session.GetAsync($"/users/{user}/group");
        var licenseNone = await Session.GetAsync($"/licenses/{license}/group");
        await Session.PatchAsync($"/users/{user}/group", Json.Linkage("groups", group));
        var read = await Session.GetAsync($"/users/{user}/group");

        Assert.Equal(200, none.Code);
        Assert.True(none.Json!.AsObject().ContainsKey("data"));
        Assert.Null(none.Json["data"]);
        Assert.Equal(404, licenseNone.Code);
        Assert.Equal((200, group), (read.Code, read.Id));
    }

    [Fact]
    public async Task GroupLimitsApplyWhenLicensesMachinesAndUsersJoin()
    {
        var group = (await GroupAsync(new JsonObject { ["maxLicenses"] = 1, ["maxMachines"] = 1, ["maxUsers"] = 1 })).Id;
        var license = await LicenseInAsync(group);
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 3 });

        var secondLicense = await Session.PostAsync("/licenses", Json.Resource("licenses", null, Relationships(("policy", "policies", policy), ("group", "groups", group))));
        var outsider = (await Session.LicenseAsync(policy)).Id;
        var moveIn = await Session.PatchAsync($"/licenses/{outsider}/group", Json.Linkage("group", group));
        var firstMachine = await Session.ActivateAsync(license.Id, Names.Unique("fp"));
        var secondMachine = await Session.ActivateAsync(license.Id, Names.Unique("fp"));
        var firstUser = await Session.UserAsync(Names.Email("u"));
        var secondUser = await Session.UserAsync(Names.Email("u"));
        await Session.PatchAsync($"/users/{firstUser}/group", Json.Linkage("groups", group));
        var userMove = await Session.PatchAsync($"/users/{secondUser}/group", Json.Linkage("groups", group));

        Assert.Equal("GROUP_LICENSE_LIMIT_EXCEEDED", secondLicense.ErrorCode);
        Assert.Equal("license count has exceeded maximum allowed by current group (1)", secondLicense.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/group", secondLicense.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("GROUP_LICENSE_LIMIT_EXCEEDED", moveIn.ErrorCode);
        Assert.Equal(group, firstMachine.Data["relationships"]!["group"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("GROUP_MACHINE_LIMIT_EXCEEDED", secondMachine.ErrorCode);
        Assert.Equal("GROUP_USER_LIMIT_EXCEEDED", userMove.ErrorCode);
    }

    [Fact]
    public async Task OwnersAreAttachedListedAndDetached()
    {
        var group = (await GroupAsync(new JsonObject())).Id;
        var user = await Session.UserAsync(Names.Email("owner"));

        var attached = await Session.PostAsync($"/groups/{group}/owners", Json.Linkages("users", user));
        var ownerId = attached.Data[0]!["id"]!.GetValue<string>();
        var again = await Session.PostAsync($"/groups/{group}/owners", Json.Linkages("users", user));
        var missing = await Session.PostAsync($"/groups/{group}/owners", Json.Linkages("users", Guid.NewGuid().ToString()));
        var listed = await Session.GetAsync($"/groups/{group}/owners");
        var shown = await Session.GetAsync($"/groups/{group}/owners/{ownerId}");
        var stranger = Guid.NewGuid().ToString();
        var notOwner = await Session.SendAsync(HttpMethod.Delete, $"/groups/{group}/owners", Json.Linkages("users", stranger));
        var detached = await Session.SendAsync(HttpMethod.Delete, $"/groups/{group}/owners", Json.Linkages("users", user));

        Assert.Equal(200, attached.Code);
        Assert.Equal("group-owners", attached.Data[0]!["type"]!.GetValue<string>());
        Assert.Equal(user, attached.Data[0]!["relationships"]!["user"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(Session.PathOf($"/groups/{group}/owners/{ownerId}"), attached.Data[0]!["links"]!["self"]!.GetValue<string>());
        Assert.Equal("USER_TAKEN", again.ErrorCode);
        Assert.Equal("USER_NOT_FOUND", missing.ErrorCode);
        Assert.Equal(ownerId, Assert.Single(listed.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(ownerId, shown.Id);
        Assert.Equal(422, notOwner.Code);
        Assert.Equal($"owner relationship for user '{stranger}' not found", notOwner.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/0", notOwner.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(204, detached.Code);
    }

    [Fact]
    public async Task GroupOwnersSeeTheGroupsMembersOthersDoNot()
    {
        var group = (await GroupAsync(new JsonObject())).Id;
        var license = await LicenseInAsync(group);
        var (ownerEmail, otherEmail) = (Names.Email("owner"), Names.Email("other"));
        var owner = await Session.UserAsync(ownerEmail);
        await Session.UserAsync(otherEmail);
        await Session.PostAsync($"/groups/{group}/owners", Json.Linkages("users", owner));
        var ownerToken = As.Bearer(await Session.TokenForAsync(ownerEmail));
        var otherToken = As.Bearer(await Session.TokenForAsync(otherEmail));

        var asOwner = await Session.GetAsync($"/groups/{group}/licenses", ownerToken);
        var oneAsOwner = await Session.GetAsync($"/groups/{group}/licenses/{license.Id}", ownerToken);
        var asOther = await Session.GetAsync($"/groups/{group}/licenses", otherToken);
        var createAsUser = await Session.PostAsync("/groups", Json.Resource("groups", new JsonObject { ["name"] = "x" }), ownerToken);

        Assert.Equal(license.Id, Assert.Single(asOwner.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(license.Id, oneAsOwner.Id);
        Assert.Equal(404, asOther.Code);
        Assert.Equal(403, createAsUser.Code);
    }

    private async Task<ApiResponse> GroupAsync(JsonObject attributes)
    {
        attributes["name"] ??= "Team";
        var response = await Session.PostAsync("/groups", Json.Resource("groups", attributes));
        Assert.True(response.Code == 201, response.ToString());
        return response;
    }

    private async Task<ApiResponse> LicenseInAsync(string group)
    {
        var policy = await Session.PolicyAsync(new JsonObject { ["floating"] = true, ["maxMachines"] = 3 });
        var response = await Session.PostAsync("/licenses", Json.Resource("licenses", null, Relationships(("policy", "policies", policy), ("group", "groups", group))));
        Assert.True(response.Code == 201, response.ToString());
        return response;
    }

    private static JsonObject Relationships(params (string Name, string Type, string Id)[] links)
    {
        var relationships = new JsonObject();
        foreach (var (name, type, id) in links)
        {
            relationships[name] = new JsonObject { ["data"] = new JsonObject { ["type"] = type, ["id"] = id } };
        }

        return relationships;
    }
}
