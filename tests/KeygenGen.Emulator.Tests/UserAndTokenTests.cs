using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Users, password flows, token generation/regeneration/revocation and the current-bearer endpoints.</summary>
public sealed class UserAndTokenTests
{
    [Fact]
    public async Task BasicPasswordAuthenticationIssuesAToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        var emulator = session.Emulator;

        var response = await session.PostAsync("/tokens", null, As.Basic(emulator.AdminEmail, emulator.AdminPassword));

        Assert.Equal(201, response.Code);
        Assert.Equal("admin-token", response.Attributes["kind"]!.GetValue<string>());
        var token = response.Attributes["token"]!.GetValue<string>();
        Assert.Matches("^admin-[0-9a-f]{64}v3$", token);
        Assert.Null(response.Attributes["expiry"]);
        Assert.Equal(200, (await session.GetAsync("/products", As.Bearer(token))).Code);
        Assert.Null((await session.GetAsync("/tokens/" + response.Id)).Attributes["token"]);
    }

    [Theory]
    [InlineData("half@address", "x", "1.8", "EMAIL_REQUIRED")]
    [InlineData("nobody@example.com", "x", "1.8", "EMAIL_INVALID")]
    [InlineData("admin@example.com", "wrong", "1.8", "PASSWORD_INVALID")]
    [InlineData("admin@example.com", "", "1.8", "PASSWORD_REQUIRED")]
    [InlineData("admin@example.com", "wrong", "1.7", "CREDENTIALS_INVALID")]
    public async Task BadCredentialsAnswerKeygensCodes(string email, string password, string version, string code)
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.SendAsync(System.Net.Http.HttpMethod.Post, "/tokens", null, As.Basic(email, password),
            r => r.Headers.Add("Keygen-Version", version));

        Assert.Equal(401, response.Code);
        Assert.Equal(code, response.ErrorCode);
        Assert.Equal("Authorization", response.FirstError["source"]!["header"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenErrorsUseKeygensCodes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var notAnEmail = await session.PostAsync("/tokens", null, As.Basic("not-an-email", "x"));
        Assert.Equal("TOKEN_INVALID", notAnEmail.ErrorCode);

        var invalid = await session.GetAsync("/products", As.Bearer("admin-0000"));
        var uuid = await session.GetAsync("/products", As.Bearer(Guid.NewGuid().ToString()));

        Assert.Equal("TOKEN_INVALID", invalid.ErrorCode);
        Assert.Equal("https://keygen.sh/docs/api/authentication/#token-authentication", invalid.FirstError["links"]!["about"]!.GetValue<string>());
        Assert.Equal("TOKEN_FORMAT_INVALID", uuid.ErrorCode);
    }

    [Fact]
    public async Task UserTokensExpireAfterTwoWeeks()
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });
        await session.UserAsync("user@example.com");
        var token = await session.TokenForAsync("user@example.com");

        clock.Advance(TimeSpan.FromDays(15));
        var expired = await session.GetAsync("/me", As.Bearer(token));

        Assert.Equal(401, expired.Code);
        Assert.Equal("TOKEN_EXPIRED", expired.ErrorCode);
    }

    [Fact]
    public async Task RegenerateReplacesTheSecretAndRevokeRemovesTheToken()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.UserAsync("user@example.com");
        var oldSecret = await session.TokenForAsync("user@example.com");
        var tokenId = (await session.GetAsync("/me", As.Bearer(oldSecret))).Json!["included"]![0]!["id"]!.GetValue<string>();

        var regenerated = await session.SendAsync(System.Net.Http.HttpMethod.Put, "/tokens/" + tokenId, null);
        var newSecret = regenerated.Attributes["token"]!.GetValue<string>();
        var withOld = await session.GetAsync("/me", As.Bearer(oldSecret));
        var withNew = await session.GetAsync("/me", As.Bearer(newSecret));
        var revoked = await session.DeleteAsync("/tokens/" + tokenId);
        var afterRevoke = await session.GetAsync("/me", As.Bearer(newSecret));

        Assert.Equal(200, regenerated.Code);
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal("TOKEN_INVALID", withOld.ErrorCode);
        Assert.Equal(200, withNew.Code);
        Assert.Equal(204, revoked.Code);
        Assert.Equal("TOKEN_INVALID", afterRevoke.ErrorCode);
    }

    [Fact]
    public async Task MeIncludesTheTokenAndProfileNamesIt()
    {
        await using var session = await EmulatorSession.StartAsync();

        var me = await session.GetAsync("/me");
        var profile = await session.GetAsync("/profile");

        Assert.Equal("users", me.Data["type"]!.GetValue<string>());
        Assert.Equal("admin", me.Attributes["role"]!.GetValue<string>());
        var token = me.Json!["included"]![0]!;
        Assert.Equal("tokens", token["type"]!.GetValue<string>());
        Assert.Equal(token["id"]!.GetValue<string>(), profile.Json!["meta"]!["tokenId"]!.GetValue<string>());
        Assert.Equal(me.Id, profile.Id);
    }

    [Fact]
    public async Task UsersListHidesOtherRolesUnlessAsked()
    {
        await using var session = await EmulatorSession.StartAsync();
        var userId = await session.UserAsync("user@example.com");

        var defaults = await session.GetAsync("/users");
        var admins = await session.GetAsync("/users?roles[]=admin");

        Assert.Equal(userId, Assert.Single(defaults.Json!["data"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(session.Emulator.AdminEmail, Assert.Single(admins.Json!["data"]!.AsArray())!["attributes"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnonymousSignUpAndEmailUniqueness()
    {
        await using var session = await EmulatorSession.StartAsync();

        var created = await session.PostAsync("/users", Json.Resource("users", new JsonObject { ["email"] = "New@Example.com", ["firstName"] = "Ada", ["lastName"] = "Lovelace" }), As.Anonymous);
        var duplicate = await session.PostAsync("/users", Json.Resource("users", new JsonObject { ["email"] = "new@example.com" }), As.Anonymous);
        var byEmail = await session.GetAsync("/users/new@example.com");

        Assert.Equal(201, created.Code);
        Assert.Equal("new@example.com", created.Attributes["email"]!.GetValue<string>());
        Assert.Equal("Ada Lovelace", created.Attributes["fullName"]!.GetValue<string>());
        Assert.Equal("user", created.Attributes["role"]!.GetValue<string>());
        Assert.Equal("EMAIL_TAKEN", duplicate.ErrorCode);
        Assert.Equal(created.Id, byEmail.Id);
    }

    [Fact]
    public async Task UsersCannotReachOtherUsersOrAdminActions()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.UserAsync("alice@example.com");
        var bobId = await session.UserAsync("bob@example.com");
        var alice = As.Bearer(await session.TokenForAsync("alice@example.com"));

        var bob = await session.GetAsync("/users/" + bobId, alice);
        var product = await session.PostAsync("/products", Json.Resource("products", new JsonObject { ["name"] = "X" }), alice);

        Assert.Equal(404, bob.Code);
        Assert.Equal(403, product.Code);
        Assert.Equal("You do not have permission to complete the request (user lacks permission to perform action)", product.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdatePasswordNeedsTheOldOneAndRevokesOtherTokens()
    {
        await using var session = await EmulatorSession.StartAsync();
        var userId = await session.UserAsync("user@example.com", "first-password");
        var current = await session.TokenForAsync("user@example.com", "first-password");
        var other = await session.TokenForAsync("user@example.com", "first-password");

        var wrong = await session.PostAsync($"/users/{userId}/actions/update-password",
            Json.Meta(new JsonObject { ["oldPassword"] = "nope", ["newPassword"] = "second-password" }), As.Bearer(current));
        var changed = await session.PostAsync($"/users/{userId}/actions/update-password",
            Json.Meta(new JsonObject { ["oldPassword"] = "first-password", ["newPassword"] = "second-password" }), As.Bearer(current));

        Assert.Equal(401, wrong.Code);
        Assert.Equal("/meta/oldPassword", wrong.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(200, changed.Code);
        Assert.Equal("TOKEN_INVALID", (await session.GetAsync("/me", As.Bearer(other))).ErrorCode);
        Assert.Equal(200, (await session.GetAsync("/me", As.Bearer(current))).Code);
        Assert.NotNull(await session.TokenForAsync("user@example.com", "second-password"));
    }

    [Fact]
    public async Task PasswordResetTokenArrivesInTheWebhookEventAndResetsThePassword()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Json.Resource("webhook-endpoints", new JsonObject { ["url"] = "https://hooks.example.com/keygen", ["subscriptions"] = new JsonArray("user.password-reset") }));
        var userId = await session.UserAsync("user@example.com", "forgotten-password");

        var requested = await session.PostAsync("/passwords", Json.Meta(new JsonObject { ["email"] = "user@example.com", ["deliver"] = false }), As.Anonymous);
        var unknown = await session.PostAsync("/passwords", Json.Meta(new JsonObject { ["email"] = "ghost@example.com" }), As.Anonymous);
        var payload = JsonNode.Parse((await session.GetAsync("/webhook-events")).Json!["data"]![0]!["attributes"]!["payload"]!.GetValue<string>())!;
        var token = payload["meta"]!["passwordResetToken"]!.GetValue<string>();
        var wrongToken = await session.PostAsync($"/users/{userId}/actions/reset-password", Json.Meta(new JsonObject { ["passwordResetToken"] = "bad", ["newPassword"] = "brand-new-password" }), As.Anonymous);
        var reset = await session.PostAsync($"/users/{userId}/actions/reset-password", Json.Meta(new JsonObject { ["passwordResetToken"] = token, ["newPassword"] = "brand-new-password" }), As.Anonymous);

        Assert.Equal(204, requested.Code);
        Assert.Equal(204, unknown.Code);
        Assert.Equal(404, wrongToken.Code);
        Assert.Equal(200, reset.Code);
        Assert.NotNull(await session.TokenForAsync("user@example.com", "brand-new-password"));
    }

    [Fact]
    public async Task BannedUsersCannotUseTheirTokens()
    {
        await using var session = await EmulatorSession.StartAsync();
        var userId = await session.UserAsync("user@example.com");
        var token = await session.TokenForAsync("user@example.com");

        var banned = await session.PostAsync($"/users/{userId}/actions/ban");
        var refused = await session.GetAsync("/me", As.Bearer(token));

        Assert.Equal("BANNED", banned.Attributes["status"]!.GetValue<string>());
        Assert.Equal(403, refused.Code);
        Assert.Equal("USER_BANNED", refused.ErrorCode);
    }

    [Fact]
    public async Task TheLastAdminCannotBeDeleted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var adminId = (await session.GetAsync("/me")).Id;

        var response = await session.DeleteAsync("/users/" + adminId);

        Assert.Equal(422, response.Code);
        Assert.Equal("ACCOUNT_ADMINS_REQUIRED", response.ErrorCode);
    }

    [Fact]
    public async Task ProductTokensActAsTheirProduct()
    {
        await using var session = await EmulatorSession.StartAsync();
        var productId = await session.ProductAsync("Mine");
        var otherProduct = await session.ProductAsync("Theirs");
        var issued = await session.PostAsync($"/products/{productId}/tokens");
        var product = As.Bearer(issued.Attributes["token"]!.GetValue<string>());

        var policy = await session.PostAsync("/policies", Json.Resource("policies", new JsonObject { ["name"] = "P" }, Json.Relationship("product", "products", productId)), product);
        var foreign = await session.PostAsync("/policies", Json.Resource("policies", new JsonObject { ["name"] = "P" }, Json.Relationship("product", "products", otherProduct)), product);
        var tokens = await session.GetAsync("/tokens?bearer[type]=products", product);

        Assert.Equal(200, issued.Code);
        Assert.Equal("product-token", issued.Attributes["kind"]!.GetValue<string>());
        Assert.Equal(201, policy.Code);
        Assert.Equal(403, foreign.Code);
        Assert.Equal(issued.Id, Assert.Single(tokens.Json!["data"]!.AsArray())!["id"]!.GetValue<string>());
    }
}
