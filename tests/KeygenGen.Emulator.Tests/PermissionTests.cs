using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Per-bearer permissions: role defaults, given permissions, token permissions within the bearer's, and the edition.</summary>
public sealed class PermissionTests
{
    [Fact]
    public void EveryRouteSaysWhatItsAuthorizationVerifies()
    {
        var routes = new Http.RouteTable();
        foreach (var module in Hosting.ResourceModules.All())
        {
            module.Register(routes, new JsonApi.ResourceRenderers());
        }

        var unlisted = routes.Routes.Where(r => !Auth.Permissions.RoutePermissions.Covers(r)).Select(r => $"{r.Method} {r.Template}").ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public async Task ALicenseReadsItsProductOnlyWithProductRead()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", [], null);
        var token = account.TokenFor(license).Secret;

        var byDefault = await session.GetAsync($"/licenses/{license.Id}/product", As.Bearer(token));
        account.Update(license, new Dictionary<string, object?> { ["permissions"] = new JsonArray("license.read", "product.read") });
        var granted = await session.GetAsync($"/licenses/{license.Id}/product", As.Bearer(token));

        Assert.Equal(403, byDefault.Code);
        Assert.Equal("You do not have permission to complete the request (license lacks permission to perform action)", byDefault.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(200, granted.Code);
    }

    [Fact]
    public async Task ATokenHoldsItsOwnPermissionsWithinItsBearers()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();

        var generated = await session.PostAsync("/tokens", Json.Resource("tokens", new JsonObject { ["permissions"] = new JsonArray("license.read") }));
        var token = generated.Attributes["token"]!.GetValue<string>();

        Assert.Equal(201, generated.Code);
        Assert.Equal(["license.read"], generated.Attributes["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(200, (await session.GetAsync("/licenses", As.Bearer(token))).Code);
        var refused = await session.GetAsync("/products", As.Bearer(token));
        Assert.Equal("You do not have permission to complete the request (token lacks permission to perform action)", refused.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task PermissionsOutsideTheBearersAreRefused()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();

        var user = await session.PostAsync("/users", Json.Resource("users", new JsonObject { ["email"] = "ann@example.com", ["permissions"] = new JsonArray("product.create") }));

        Assert.Equal(422, user.Code);
        Assert.Equal("PERMISSIONS_NOT_ALLOWED", user.FirstError["code"]!.GetValue<string>());
        Assert.Equal("/data/attributes/permissions", user.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCommunityEditionNeitherTakesNorShowsPermissionsButKeepsTheDefaults()
    {
        await using var session = await EmulatorSession.StartInProcessAsync(new KeygenEmulatorOptions { Edition = KeygenEdition.Community });
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", [], null);

        var shown = await session.GetAsync($"/licenses/{license.Id}");
        var given = await session.PatchAsync($"/licenses/{license.Id}", Json.Resource("licenses", new JsonObject { ["permissions"] = new JsonArray("*") }));
        var productRead = await session.GetAsync($"/licenses/{license.Id}/product", As.Bearer(account.TokenFor(license).Secret));

        Assert.Equal("CE", shown.Message.Headers.GetValues("Keygen-Edition").Single());
        Assert.Null(shown.Attributes["permissions"]);
        Assert.Equal(400, given.Code);
        Assert.Equal(403, productRead.Code);
    }

    [Fact]
    public async Task TheEnterpriseEditionShowsARolesDefaults()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var license = account.Create("license", [], null);

        var shown = await session.GetAsync($"/licenses/{license.Id}");
        var actions = shown.Attributes["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();

        Assert.Equal("EE", shown.Message.Headers.GetValues("Keygen-Edition").Single());
        Assert.Contains("license.validate", actions);
        Assert.DoesNotContain("product.read", actions);
        Assert.Equal(actions.Order(System.StringComparer.Ordinal), actions);
    }

    [Fact]
    public async Task AnAdminCannotGiveItselfPermissionsItLacks()
    {
        await using var session = await EmulatorSession.StartInProcessAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var limited = account.Create("admin", [], new Dictionary<string, object?> { ["permissions"] = new JsonArray("user.read", "user.update", "admin.update", "admin.read") });

        var escalated = await session.PatchAsync($"/users/{limited.Id}", Json.Resource("users", new JsonObject { ["permissions"] = new JsonArray("*") }),
            As.Bearer(account.TokenFor(limited).Secret));

        Assert.Equal(403, escalated.Code);
        Assert.Equal("You do not have permission to complete the request (admin lacks privileges to perform action on user)", escalated.FirstError["detail"]!.GetValue<string>());
    }
}
