using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Keygen.Emulator.Tests.Support;

/// <summary>Creates resources through the API (as the admin), failing the test loudly if a create is refused.</summary>
internal static class Seed
{
    public static async Task<string> ProductAsync(this EmulatorSession session, string name = "Studio")
    {
        var response = await session.PostAsync("/products", Json.Resource("products", new JsonObject { ["name"] = name }));
        return Created(response);
    }

    public static async Task<string> PolicyAsync(this EmulatorSession session, string productId, JsonObject? attributes = null)
    {
        var policyAttributes = attributes ?? new JsonObject();
        policyAttributes["name"] ??= "Pro";
        var response = await session.PostAsync("/policies", Json.Resource("policies", policyAttributes, Json.Relationship("product", "products", productId)));
        return Created(response);
    }

    /// <summary>A fresh product and a policy with <paramref name="attributes"/>.</summary>
    public static async Task<string> PolicyAsync(this EmulatorSession session, JsonObject? attributes = null) =>
        await session.PolicyAsync(await session.ProductAsync(), attributes);

    public static async Task<ApiResponse> LicenseAsync(this EmulatorSession session, string policyId, JsonObject? attributes = null, string? ownerId = null)
    {
        var relationships = Json.Relationship("policy", "policies", policyId);
        if (ownerId is not null)
        {
            relationships["owner"] = new JsonObject { ["data"] = new JsonObject { ["type"] = "users", ["id"] = ownerId } };
        }

        var response = await session.PostAsync("/licenses", Json.Resource("licenses", attributes, relationships));
        Created(response);
        return response;
    }

    public static async Task<ApiResponse> ActivateAsync(this EmulatorSession session, string licenseId, string fingerprint, JsonObject? attributes = null, As? auth = null)
    {
        var machineAttributes = attributes ?? new JsonObject();
        machineAttributes["fingerprint"] = fingerprint;
        return await session.PostAsync("/machines", Json.Resource("machines", machineAttributes, Json.Relationship("license", "licenses", licenseId)), auth);
    }

    /// <summary>Spawns a process with <paramref name="pid"/> on a machine.</summary>
    public static Task<ApiResponse> SpawnAsync(this EmulatorSession session, string machineId, string pid, As? auth = null) =>
        session.PostAsync("/processes", Json.Resource("processes", new JsonObject { ["pid"] = pid }, Json.Relationship("machine", "machines", machineId)), auth);

    public static async Task<string> UserAsync(this EmulatorSession session, string email, string password = "secret-password", string? role = null)
    {
        var attributes = new JsonObject { ["email"] = email, ["password"] = password };
        if (role is not null)
        {
            attributes["role"] = role;
        }

        return Created(await session.PostAsync("/users", Json.Resource("users", attributes)));
    }

    /// <summary>A token for a user, from Basic email:password.</summary>
    public static async Task<string> TokenForAsync(this EmulatorSession session, string email, string password = "secret-password")
    {
        var response = await session.PostAsync("/tokens", null, As.Basic(email, password));
        Assert.True(response.Code == 201, response.ToString());
        return response.Attributes["token"]!.GetValue<string>();
    }

    /// <summary>
    /// The global admin's credentials for requests in <paramref name="environment"/>: Keygen looks a token up in the
    /// request's environment only, so the admin's global token is unknown in an ISOLATED one (401); there the admin
    /// signs in with their password, which works everywhere, for a token of that environment.
    /// </summary>
    public static async Task<As> AdminInAsync(this EmulatorSession session, string environment)
    {
        var response = await session.SendAsync(
            System.Net.Http.HttpMethod.Post,
            "/tokens",
            null,
            As.Basic(session.Emulator.AdminEmail, session.Emulator.AdminPassword),
            request => request.Headers.Add("Keygen-Environment", environment));
        Assert.True(response.Code == 201, response.ToString());
        return As.Bearer(response.Attributes["token"]!.GetValue<string>());
    }

    public static async Task<string> EntitlementAsync(this EmulatorSession session, string code)
    {
        var response = await session.PostAsync("/entitlements", Json.Resource("entitlements", new JsonObject { ["name"] = code, ["code"] = code }));
        return Created(response);
    }

    /// <summary>A product token (the bearer of everything of that product).</summary>
    public static async Task<string> ProductTokenAsync(this EmulatorSession session, string productId)
    {
        var response = await session.PostAsync($"/products/{productId}/tokens");
        Assert.True(response.Code == 200, response.ToString());
        return response.Attributes["token"]!.GetValue<string>();
    }

    private static string Created(ApiResponse response)
    {
        Assert.True(response.Code == 201, $"expected 201 Created, got {response}");
        return response.Id;
    }
}
