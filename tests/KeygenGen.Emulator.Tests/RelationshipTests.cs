using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>The relationship routes of machines, policies (with the key pool), products, users and keys.</summary>
public sealed class RelationshipTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task AMachinesRelationshipsAndItsOwnerChange()
    {
        var owner = await Session.UserAsync(Names.Email("owner"));
        var attached = await Session.UserAsync(Names.Email("attached"));
        var stranger = await Session.UserAsync(Names.Email("stranger"));
        var license = (await Session.LicenseAsync(await Session.PolicyAsync(), ownerId: owner)).Id;
        await Session.PostAsync($"/licenses/{license}/users", Json.Linkages("users", attached));
        var machine = (await Session.ActivateAsync(license, Names.Unique("fp"))).Id;

        var itsLicense = await Session.GetAsync($"/machines/{machine}/license");
        var itsProduct = await Session.GetAsync($"/machines/{machine}/product");
        var noOwner = await Session.GetAsync($"/machines/{machine}/owner");
        var legacyUser = await Session.GetAsync($"/machines/{machine}/user");
        var changed = await Session.PatchAsync($"/machines/{machine}/owner", Json.Linkage("users", attached));
        var invalid = await Session.PatchAsync($"/machines/{machine}/owner", Json.Linkage("users", stranger));

        Assert.Equal(license, itsLicense.Id);
        Assert.Equal("products", itsProduct.Data["type"]!.GetValue<string>());
        Assert.Null(noOwner.Json!["data"]);
        Assert.Equal(owner, legacyUser.Id);
        Assert.Equal("machines", changed.Data["type"]!.GetValue<string>());
        Assert.Equal(attached, changed.Data["relationships"]!["owner"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal("OWNER_INVALID", invalid.ErrorCode);
        Assert.Equal("must be a valid license user", invalid.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task APolicysLicensesProductAndPoolWhichPops()
    {
        var product = await Session.ProductAsync();
        var pooled = await Session.PolicyAsync(product, new JsonObject { ["usePool"] = true });
        var unpooled = await Session.PolicyAsync(product);
        var key = Names.Unique("POOLED-KEY");
        var pooledKey = (await Session.PostAsync("/keys", Json.Resource("keys", new JsonObject { ["key"] = key }, Json.Relationship("policy", "policies", pooled)))).Id;
        var license = (await Session.LicenseAsync(unpooled)).Id;

        var licenses = await Session.GetAsync($"/policies/{unpooled}/licenses");
        var itsProduct = await Session.GetAsync($"/policies/{unpooled}/product");
        var pool = await Session.GetAsync($"/policies/{pooled}/pool");
        var oneKey = await Session.GetAsync($"/policies/{pooled}/pool/{pooledKey}");
        var keyPolicy = await Session.GetAsync($"/keys/{pooledKey}/policy");
        var keyProduct = await Session.GetAsync($"/keys/{pooledKey}/product");
        var popped = await Session.DeleteAsync($"/policies/{pooled}/pool");
        var empty = await Session.DeleteAsync($"/policies/{pooled}/pool");
        var unsupported = await Session.DeleteAsync($"/policies/{unpooled}/pool");

        Assert.Equal(license, Assert.Single(licenses.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(product, itsProduct.Id);
        Assert.Equal(pooledKey, Assert.Single(pool.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(pooledKey, oneKey.Id);
        Assert.Equal(pooled, keyPolicy.Id);
        Assert.Equal(product, keyProduct.Id);
        Assert.Equal(200, popped.Code);
        Assert.Equal(key, popped.Attributes["key"]!.GetValue<string>());
        Assert.Equal(422, empty.Code);
        Assert.Equal("pool is empty", empty.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/relationships/pool", empty.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("pool is not supported", unsupported.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task AProductsRelationshipsAreForStaffAndTheProduct()
    {
        var product = await Session.ProductAsync();
        var policy = await Session.PolicyAsync(product, new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var user = await Session.UserAsync(Names.Email("customer"));
        var license = await Session.LicenseAsync(policy, ownerId: user);
        var machine = (await Session.ActivateAsync(license.Id, Names.Unique("fp"))).Id;
        var productToken = await Session.ProductTokenAsync(product);
        var asProduct = As.Bearer(productToken);

        var policies = await Session.GetAsync($"/products/{product}/policies", asProduct);
        var licenses = await Session.GetAsync($"/products/{product}/licenses");
        var machines = await Session.GetAsync($"/products/{product}/machines");
        var tokens = await Session.GetAsync($"/products/{product}/tokens");
        var users = await Session.GetAsync($"/products/{product}/users");
        var oneUser = await Session.GetAsync($"/products/{product}/users/{user}");
        var asLicense = await Session.GetAsync($"/products/{product}/licenses", As.License(license.Attributes["key"]!.GetValue<string>()));

        Assert.Equal(policy, Assert.Single(policies.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(license.Id, Assert.Single(licenses.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(machine, Assert.Single(machines.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Single(tokens.Data.AsArray());
        Assert.Equal(user, Assert.Single(users.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(user, oneUser.Id);
        Assert.Equal(403, asLicense.Code);
    }

    [Fact]
    public async Task AUsersProductsLicensesMachinesAndTokens()
    {
        var email = Names.Email("customer");
        var user = await Session.UserAsync(email);
        var product = await Session.ProductAsync();
        var owned = await Session.LicenseAsync(await Session.PolicyAsync(product), ownerId: user);
        var attachedTo = (await Session.LicenseAsync(await Session.PolicyAsync(product))).Id;
        await Session.PostAsync($"/licenses/{attachedTo}/users", Json.Linkages("users", user));
        var machine = (await Session.ActivateAsync(attachedTo, Names.Unique("fp"))).Id;
        var selfToken = As.Bearer(await Session.TokenForAsync(email));

        var products = await Session.GetAsync($"/users/{user}/products");
        var licenses = await Session.GetAsync($"/users/{user}/licenses", selfToken);
        var oneLicense = await Session.GetAsync($"/users/{email}/licenses/{owned.Id}");
        var machines = await Session.GetAsync($"/users/{user}/machines");
        var issued = await Session.PostAsync($"/users/{user}/tokens", Json.Resource("tokens", new JsonObject { ["name"] = "ci" }));
        var tokens = await Session.GetAsync($"/users/{user}/tokens");

        Assert.Equal(product, Assert.Single(products.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(new[] { owned.Id, attachedTo }.Order(), licenses.Data.AsArray().Select(l => l!["id"]!.GetValue<string>()).Order());
        Assert.Equal(owned.Id, oneLicense.Id);
        Assert.Equal(machine, Assert.Single(machines.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(200, issued.Code);
        Assert.StartsWith("user-", issued.Attributes["token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, tokens.Data.AsArray().Count);
    }
}
