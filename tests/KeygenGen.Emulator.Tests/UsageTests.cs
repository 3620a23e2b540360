using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The license usage counter: increment, decrement and reset within 0 and maxUses, and 409s on colliding updates.</summary>
public sealed class UsageTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task UsesAreIncrementedDecrementedAndReset()
    {
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;

        var once = await Session.PostAsync($"/licenses/{license}/actions/increment-usage");
        var byFive = await Session.PostAsync($"/licenses/{license}/actions/increment-usage", Json.Meta(new JsonObject { ["increment"] = 5 }));
        var byTwo = await Session.PostAsync($"/licenses/{license}/actions/decrement-usage", Json.Meta(new JsonObject { ["decrement"] = 2 }));
        var reset = await Session.PostAsync($"/licenses/{license}/actions/reset-usage");

        Assert.Equal(1, once.Attributes["uses"]!.GetValue<int>());
        Assert.Equal(6, byFive.Attributes["uses"]!.GetValue<int>());
        Assert.Equal(4, byTwo.Attributes["uses"]!.GetValue<int>());
        Assert.Equal("licenses", reset.Data["type"]!.GetValue<string>());
        Assert.Equal(0, reset.Attributes["uses"]!.GetValue<int>());
    }

    [Fact]
    public async Task UsesStayBetweenZeroAndMaxUses()
    {
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(new JsonObject { ["maxUses"] = 3 }))).Id;
        await Session.PostAsync($"/licenses/{license}/actions/increment-usage", Json.Meta(new JsonObject { ["increment"] = 3 }));

        var over = await Session.PostAsync($"/licenses/{license}/actions/increment-usage");
        var under = await Session.PostAsync($"/licenses/{license}/actions/decrement-usage", Json.Meta(new JsonObject { ["decrement"] = 4 }));
        var tooLarge = await Session.PostAsync($"/licenses/{license}/actions/increment-usage", Json.Meta(new JsonObject { ["increment"] = 4_000_000_000 }));
        var unknownKey = await Session.PostAsync($"/licenses/{license}/actions/increment-usage", Json.Meta(new JsonObject { ["by"] = 1 }));
        var after = await Session.GetAsync($"/licenses/{license}");

        Assert.Equal(422, over.Code);
        Assert.Equal("USES_LIMIT_EXCEEDED", over.ErrorCode);
        Assert.Equal("usage exceeds maximum allowed for license (3)", over.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/uses", over.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("USES_INVALID", under.ErrorCode);
        Assert.Equal("must be greater than or equal to 0", under.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(400, tooLarge.Code);
        Assert.Equal("/meta/increment", tooLarge.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(400, unknownKey.Code);
        Assert.Equal(3, after.Attributes["uses"]!.GetValue<int>());
    }

    [Fact]
    public async Task LicensesIncrementTheirOwnUsesButDoNotDecrementOrReset()
    {
        var license = await Session.LicenseAsync(await Session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" }));
        var key = As.License(license.Attributes["key"]!.GetValue<string>());

        Assert.Equal(200, (await Session.PostAsync($"/licenses/{license.Id}/actions/increment-usage", null, key)).Code);
        Assert.Equal(403, (await Session.PostAsync($"/licenses/{license.Id}/actions/decrement-usage", null, key)).Code);
        Assert.Equal(403, (await Session.PostAsync($"/licenses/{license.Id}/actions/reset-usage", null, key)).Code);
    }

    [Fact]
    public async Task CollidingIncrementsAreConflictsAndNoIncrementIsLost()
    {
        var license = (await Session.LicenseAsync(await Session.PolicyAsync())).Id;

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Session.PostAsync($"/licenses/{license}/actions/increment-usage")));
        var after = await Session.GetAsync($"/licenses/{license}");

        Assert.All(responses, r => Assert.Contains(r.Code, new[] { 200, 409 }));
        Assert.Equal(responses.Count(r => r.Code == 200), after.Attributes["uses"]!.GetValue<int>());
        Assert.All(responses.Where(r => r.Code == 409), r =>
        {
            Assert.Equal("Conflict", r.FirstError["title"]!.GetValue<string>());
            Assert.Equal("failed to increment due to another conflicting update", r.FirstError["detail"]!.GetValue<string>());
            Assert.Equal("/data/attributes/uses", r.FirstError["source"]!["pointer"]!.GetValue<string>());
        });
        Assert.Equal(200, (await Session.PostAsync($"/licenses/{license}/actions/increment-usage")).Code);
    }
}
