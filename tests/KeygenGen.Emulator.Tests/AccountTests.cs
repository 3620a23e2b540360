using System;
using System.Text;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task AccountMetaPublishesTheEd25519KeyAsBase64OfItsHex()
    {
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { Account = "acme" });

        var response = await session.GetAsync(string.Empty);

        Assert.Equal(200, response.Code);
        Assert.Equal("accounts", response.Data["type"]!.GetValue<string>());
        Assert.Equal(session.Emulator.AccountId, response.Id);
        Assert.Equal("acme", response.Attributes["slug"]!.GetValue<string>());
        var published = response.Data["meta"]!["keys"]!["ed25519"]!.GetValue<string>();
        Assert.Equal(session.Emulator.PublicKeyHex, Encoding.UTF8.GetString(Convert.FromBase64String(published)));
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", Encoding.UTF8.GetString(Convert.FromBase64String(response.Data["meta"]!["publicKey"]!.GetValue<string>())));
        Assert.Equal($"/v1/accounts/{session.Emulator.AccountId}", response.Data["links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSlugAddressesTheSameAccountAndKeepsItsIdAcrossRestarts()
    {
        string firstId;
        await using (var first = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { Account = "stable" }))
        {
            firstId = first.Emulator.AccountId;
            var bySlug = await first.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/accounts/stable", null);
            Assert.Equal(firstId, bySlug.Id);
        }

        await using var second = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { Account = "stable" });
        Assert.Equal(firstId, second.Emulator.AccountId);
    }

    [Fact]
    public async Task UnknownAccountIsNotFoundAndUnsigned()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/accounts/nobody/licenses", null);

        Assert.Equal(404, response.Code);
        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal("The requested account 'nobody' was not found", response.FirstError["detail"]!.GetValue<string>());
        Assert.Null(response.Header("Keygen-Signature"));
    }

    [Fact]
    public async Task AccountNeedsAuthentication()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.GetAsync(string.Empty, As.Anonymous);

        Assert.Equal(401, response.Code);
        Assert.Equal("TOKEN_MISSING", response.ErrorCode);
        Assert.Equal("Bearer realm=\"keygen\"", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task CustomAdminTokenAndSigningKeyAreUsed()
    {
        var seed = new string('7', 64);
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { AdminToken = "admin-custom", SigningKeyHex = seed });

        var response = await session.GetAsync(string.Empty, As.Bearer("admin-custom"));

        Assert.Equal(200, response.Code);
        Assert.Equal("admin-custom", session.Emulator.AdminToken);
        Assert.Equal(64, session.Emulator.PublicKeyHex.Length);
        await using var again = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { SigningKeyHex = seed });
        Assert.Equal(session.Emulator.PublicKeyHex, again.Emulator.PublicKeyHex);
    }

    [Fact]
    public async Task BadOptionsAreRefusedWithAClearError()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KeygenEmulator.StartAsync(new KeygenEmulatorOptions { SigningKeyHex = "xyz" }));
        Assert.Contains("64 hex characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminsUpdateTheAccountNobodyDeletesItAndPingNeedsNoAuth()
    {
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { Account = "before" });
        await session.UserAsync("dev@example.com", role: "developer");
        await session.UserAsync("sales@example.com", role: "sales-agent");
        var sales = As.Bearer(await session.TokenForAsync("sales@example.com"));

        var updated = await session.PatchAsync(string.Empty, Json.Resource("accounts", new System.Text.Json.Nodes.JsonObject { ["name"] = "Acme", ["slug"] = "after", ["protected"] = true }));
        var bySlug = await session.SendRawAsync(System.Net.Http.HttpMethod.Get, "/v1/accounts/after", null);
        var badSlug = await session.PatchAsync(string.Empty, Json.Resource("accounts", new System.Text.Json.Nodes.JsonObject { ["slug"] = "-Bad Slug" }));
        var badVersion = await session.PatchAsync(string.Empty, Json.Resource("accounts", new System.Text.Json.Nodes.JsonObject { ["apiVersion"] = "0.9" }));
        var asSales = await session.PatchAsync(string.Empty, Json.Resource("accounts", new System.Text.Json.Nodes.JsonObject { ["name"] = "x" }), sales);
        var deleted = await session.DeleteAsync(string.Empty);
        var ping = await session.GetAsync("/ping", As.Anonymous);

        Assert.Equal("Acme", updated.Attributes["name"]!.GetValue<string>());
        Assert.True(updated.Attributes["protected"]!.GetValue<bool>());
        Assert.Equal(session.Emulator.AccountId, bySlug.Id);
        Assert.Equal("SLUG_INVALID", badSlug.ErrorCode);
        Assert.Equal(400, badVersion.Code);
        Assert.Equal(403, asSales.Code);
        Assert.Equal(403, deleted.Code);
        Assert.Equal(200, ping.Code);
        Assert.Empty(ping.Body);
    }
}
