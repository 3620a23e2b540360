using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Environment selection (<c>Keygen-Environment</c> or <c>?environment=</c>) and isolation: what an ISOLATED or SHARED
/// environment and the global environment see, and where each token works.
/// </summary>
public sealed class EnvironmentIsolationTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    private const string Header = "Keygen-Environment";

    [Fact]
    public async Task AnUnknownEnvironmentIsA400NamingTheHeader()
    {
        var byHeader = await In("no-such-env", HttpMethod.Get, "/products", auth: As.Admin);
        var byQuery = await Session.GetAsync("/products?environment=no-such-env");

        Assert.All(new[] { byHeader, byQuery }, response =>
        {
            Assert.Equal((400, "ENVIRONMENT_INVALID"), (response.Code, response.ErrorCode));
            Assert.Equal(Header, response.FirstError["source"]!["header"]!.GetValue<string>());
            Assert.Null(response.Header(Header));
        });
    }

    [Fact]
    public async Task EveryResponseInAnEnvironmentEchoesItsCodeWhetherNamedByIdOrCode()
    {
        var (id, code) = await EnvironmentAsync("ISOLATED");

        var byId = await In(id, HttpMethod.Get, "/products");
        var byQuery = await Session.GetAsync($"/products?environment={code}", await Session.AdminInAsync(code));
        var refused = await In(code, HttpMethod.Get, "/products/00000000-0000-0000-0000-000000000000");
        var global = await Session.GetAsync("/products");

        Assert.Equal((200, code), (byId.Code, byId.Header(Header)));
        Assert.Equal((200, code), (byQuery.Code, byQuery.Header(Header)));
        Assert.Equal((404, code), (refused.Code, refused.Header(Header)));
        Assert.Null(global.Header(Header));
    }

    [Fact]
    public async Task AnIsolatedEnvironmentAndTheGlobalOneSeeOnlyTheirOwnResources()
    {
        var (id, code) = await EnvironmentAsync("ISOLATED");
        var globalProduct = await Session.ProductAsync("Global");
        var inside = await In(code, HttpMethod.Post, "/products", Json.Resource("products", new JsonObject { ["name"] = "Inside" }));

        Assert.Equal(201, inside.Code);
        Assert.Equal(id, inside.Data["relationships"]!["environment"]!["data"]!["id"]!.GetValue<string>());
        var global = (await Session.GetAsync($"/products/{globalProduct}")).Data["relationships"]!["environment"]!;
        Assert.Null(global["data"]);
        Assert.Null(global["links"]!["related"]);
        Assert.Equal([inside.Id], await ProductIdsAsync(code));
        Assert.DoesNotContain(inside.Id, await ProductIdsAsync(null));
        Assert.Contains(globalProduct, await ProductIdsAsync(null));
        Assert.Equal(404, (await Session.GetAsync($"/products/{inside.Id}")).Code);
        Assert.Equal(404, (await In(code, HttpMethod.Get, $"/products/{globalProduct}")).Code);
    }

    [Fact]
    public async Task ASharedEnvironmentSeesItsOwnAndTheGlobalResources()
    {
        var (_, code) = await EnvironmentAsync("SHARED");
        var globalProduct = await Session.ProductAsync("Global");
        var inside = await In(code, HttpMethod.Post, "/products", Json.Resource("products", new JsonObject { ["name"] = "Inside" }));

        var seen = await ProductIdsAsync(code);

        Assert.Contains(globalProduct, seen);
        Assert.Contains(inside.Id, seen);
        Assert.Equal(200, (await In(code, HttpMethod.Get, $"/products/{globalProduct}")).Code);
        Assert.DoesNotContain(inside.Id, await ProductIdsAsync(null));
    }

    [Fact]
    public async Task AnEnvironmentTokenIsGeneratedAndWorksOnlyInsideItsEnvironment()
    {
        var (id, code) = await EnvironmentAsync("ISOLATED");
        var (_, other) = await EnvironmentAsync("SHARED");
        var fromOutside = await Session.PostAsync($"/environments/{id}/tokens", Json.Resource("tokens", new JsonObject { ["name"] = "CI" }));
        var token = await In(code, HttpMethod.Post, $"/environments/{id}/tokens", Json.Resource("tokens", new JsonObject { ["name"] = "CI" }));
        var asEnvironment = As.Bearer(token.Attributes["token"]!.GetValue<string>());
        var listedFromOutside = await Session.GetAsync($"/environments/{id}/tokens");

        var inside = await In(code, HttpMethod.Get, $"/environments/{id}", auth: asEnvironment);
        var global = await Session.GetAsync($"/environments/{id}", asEnvironment);
        var elsewhere = await In(other, HttpMethod.Get, $"/environments/{id}", auth: asEnvironment);

        Assert.Equal(403, fromOutside.Code);
        Assert.Equal(
            "You do not have permission to complete the request (record environment is not compatible with the current environment)",
            fromOutside.FirstError["detail"]!.GetValue<string>());
        Assert.Equal([token.Id], listedFromOutside.Json!["data"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal(200, inside.Code);
        Assert.Equal((401, "TOKEN_INVALID"), (global.Code, global.ErrorCode));
        Assert.Equal((401, "TOKEN_INVALID"), (elsewhere.Code, elsewhere.ErrorCode));
    }

    [Fact]
    public async Task GlobalTokensWorkInSharedEnvironmentsNotIsolatedOnesWhereGlobalAdminsSignInWithTheirPassword()
    {
        var (_, isolated) = await EnvironmentAsync("ISOLATED");
        var (_, sharedCode) = await EnvironmentAsync("SHARED");
        var email = $"{Guid.NewGuid():N}@example.com";
        await Session.UserAsync(email);
        var asUser = As.Bearer(await Session.TokenForAsync(email));

        var userInShared = await In(sharedCode, HttpMethod.Get, "/me", auth: asUser);
        var userInIsolated = await In(isolated, HttpMethod.Get, "/me", auth: asUser);
        var adminTokenInIsolated = await In(isolated, HttpMethod.Get, "/me", auth: As.Admin);
        var adminSignedInToIsolated = await In(isolated, HttpMethod.Get, "/me");

        Assert.Equal(200, userInShared.Code);
        Assert.Equal((401, "TOKEN_INVALID"), (userInIsolated.Code, userInIsolated.ErrorCode));
        Assert.Equal((401, "TOKEN_INVALID"), (adminTokenInIsolated.Code, adminTokenInIsolated.ErrorCode));
        Assert.Equal(200, adminSignedInToIsolated.Code);
    }

    [Fact]
    public async Task ALicenseKeyAuthenticatesOnlyWhereItsLicenseIsVisible()
    {
        var (_, code) = await EnvironmentAsync("ISOLATED");
        var product = await In(code, HttpMethod.Post, "/products", Json.Resource("products", new JsonObject { ["name"] = "Inside" }));
        var policy = await In(code, HttpMethod.Post, "/policies", Json.Resource(
            "policies", new JsonObject { ["name"] = "Pro", ["authenticationStrategy"] = "LICENSE" }, Json.Relationship("product", "products", product.Id)));
        var license = await In(code, HttpMethod.Post, "/licenses", Json.Resource("licenses", null, Json.Relationship("policy", "policies", policy.Id)));
        var asLicense = As.License(license.Attributes["key"]!.GetValue<string>());

        var inside = await In(code, HttpMethod.Get, "/me", auth: asLicense);
        var global = await Session.GetAsync("/me", asLicense);

        Assert.Equal((200, license.Id), (inside.Code, inside.Id));
        Assert.Equal((401, "LICENSE_INVALID"), (global.Code, global.ErrorCode));
    }

    [Fact]
    public async Task AnEnvironmentListsProductsAndCreatesReleasesNamingItselfButAttachesNoOtherEnvironmentsEntitlements()
    {
        var (id, code) = await EnvironmentAsync("ISOLATED");
        var (_, sharedCode) = await EnvironmentAsync("SHARED");
        var token = await In(code, HttpMethod.Post, $"/environments/{id}/tokens", Json.Resource("tokens", new JsonObject { ["name"] = "CI" }));
        var asEnvironment = As.Bearer(token.Attributes["token"]!.GetValue<string>());
        var product = (await In(code, HttpMethod.Post, "/products", Json.Resource("products", new JsonObject { ["name"] = "Isolated" }), asEnvironment)).Id;
        var shared = (await In(sharedCode, HttpMethod.Post, "/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = "Shared", ["code"] = Names.Unique("SHR") }))).Id;
        var body = Json.Resource("releases", new JsonObject { ["version"] = "1.0.0", ["channel"] = "stable" }, Json.Relationship("product", "products", product));
        body["data"]!["relationships"]!["environment"] = Json.Relationship("environment", "environments", id)["environment"]!.DeepClone();

        var products = await In(code, HttpMethod.Get, "/products", auth: asEnvironment);
        var release = await In(code, HttpMethod.Post, "/releases", body, asEnvironment);
        var attach = await In(code, HttpMethod.Post, $"/releases/{release.Id}/constraints", new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["type"] = "constraints", ["relationships"] = Json.Relationship("entitlement", "entitlements", shared) }),
        }, asEnvironment);

        Assert.Equal(product, Assert.Single(products.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(201, release.Code);
        Assert.Equal(id, release.Data["relationships"]!["environment"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(403, attach.Code);
        Assert.Equal("You do not have permission to complete the request (a record's environment is not compatible with the current environment)", attach.FirstError["detail"]!.GetValue<string>());
    }

    /// <summary>A request in <paramref name="environment"/>, by default as the global admin signed in there.</summary>
    private async Task<ApiResponse> In(string environment, HttpMethod method, string path, JsonNode? body = null, As? auth = null) =>
        await Session.SendAsync(method, path, body, auth ?? await Session.AdminInAsync(environment), request => request.Headers.Add(Header, environment));

    private async Task<string[]> ProductIdsAsync(string? environment)
    {
        var response = environment is null ? await Session.GetAsync("/products?page[size]=100&page[number]=1") : await In(environment, HttpMethod.Get, "/products?page[size]=100&page[number]=1");
        return response.Json!["data"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToArray();
    }

    private async Task<(string Id, string Code)> EnvironmentAsync(string isolationStrategy)
    {
        var code = $"env-{Guid.NewGuid():N}"[..16];
        var created = await Session.PostAsync("/environments", Json.Resource("environments", new JsonObject
        {
            ["name"] = code,
            ["code"] = code,
            ["isolationStrategy"] = isolationStrategy,
        }));
        Assert.Equal(201, created.Code);
        return (created.Id, code);
    }
}
