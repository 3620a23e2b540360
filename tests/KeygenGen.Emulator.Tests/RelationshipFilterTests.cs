using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// The list filters Keygen's relationship controllers declare with <c>has_scope</c> (a license's machines; a policy's and a
/// product's licenses; a product's machines; a machine's processes), and a policy's license found by its key.
/// </summary>
public sealed class RelationshipFilterTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task LicenseListsOfAPolicyAndAProductTakeTheirFiltersAndAKeyFindsOne()
    {
        var email = Names.Email("owner");
        var owner = await Session.UserAsync(email);
        var product = await Session.ProductAsync();
        var policy = await Session.PolicyAsync(product);
        var other = await Session.PolicyAsync(product);
        var owned = await Session.LicenseAsync(policy, ownerId: owner);
        var suspended = (await Session.LicenseAsync(policy, new JsonObject { ["suspended"] = true })).Id;
        var ofOther = (await Session.LicenseAsync(other)).Id;

        var onlySuspended = await Session.GetAsync($"/policies/{policy}/licenses?suspended=true");
        var ofTheOwner = await Session.GetAsync($"/policies/{policy}/licenses?user={System.Uri.EscapeDataString(email)}");
        var byKey = await Session.GetAsync($"/policies/{policy}/licenses/{owned.Attributes["key"]!.GetValue<string>()}");
        var ofOtherPolicy = await Session.GetAsync($"/products/{product}/licenses?policy={other}");
        var unsuspended = await Session.GetAsync($"/products/{product}/licenses?suspended=false");

        Assert.Equal([suspended], Ids(onlySuspended));
        Assert.Equal([owned.Id], Ids(ofTheOwner));
        Assert.Equal(owned.Id, byKey.Id);
        Assert.Equal([ofOther], Ids(ofOtherPolicy));
        Assert.Equal(new[] { owned.Id, ofOther }.Order(), Ids(unsuspended).Order());
    }

    [Fact]
    public async Task MachineListsOfALicenseAndAProductAndProcessListsOfAMachineTakeTheirFilters()
    {
        var product = await Session.ProductAsync();
        var policy = await Session.PolicyAsync(product, new JsonObject { ["floating"] = true, ["maxMachines"] = 2 });
        var license = (await Session.LicenseAsync(policy)).Id;
        var other = await Session.LicenseAsync(policy);
        var fingerprint = Names.Unique("fp");
        var machine = (await Session.ActivateAsync(license, fingerprint)).Id;
        await Session.ActivateAsync(license, Names.Unique("fp"));
        var ofOther = (await Session.ActivateAsync(other.Id, Names.Unique("fp"))).Id;
        var process = (await Session.SpawnAsync(machine, "42")).Id;

        var byFingerprint = await Session.GetAsync($"/licenses/{license}/machines?fingerprint={fingerprint}");
        var noSuchFingerprint = await Session.GetAsync($"/licenses/{license}/machines?fingerprint=none");
        var byLicenseKey = await Session.GetAsync($"/products/{product}/machines?license={other.Attributes["key"]!.GetValue<string>()}");
        var alive = await Session.GetAsync($"/machines/{machine}/processes?status=ALIVE");
        var dead = await Session.GetAsync($"/machines/{machine}/processes?status=DEAD");

        Assert.Equal([machine], Ids(byFingerprint));
        Assert.Empty(Ids(noSuchFingerprint));
        Assert.Equal([ofOther], Ids(byLicenseKey));
        Assert.Equal([process], Ids(alive));
        Assert.Empty(Ids(dead));
    }

    private static string[] Ids(ApiResponse list) => list.Data.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToArray();
}
