using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Strict request checking (typed params), content negotiation and the default headers.</summary>
public sealed class RequestCheckingTests
{
    [Fact]
    public async Task UndeclaredAttributeIsABadRequestPointingAtIt()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.PostAsync("/products", Json.Resource("products", new JsonObject { ["name"] = "A", ["colour"] = "red" }));

        Assert.Equal(400, response.Code);
        Assert.Equal("Bad request", response.FirstError["title"]!.GetValue<string>());
        Assert.Equal("unpermitted parameter", response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal("/data/attributes/colour", response.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal(response.Header("X-Request-Id"), response.Json!["meta"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SnakeCaseAndCamelCaseKeysAreTheSameKey()
    {
        await using var session = await EmulatorSession.StartAsync();
        var productId = await session.ProductAsync();

        var snake = await session.PostAsync("/policies", Json.Resource("policies",
            new JsonObject { ["name"] = "Snake", ["max_machines"] = 3, ["floating"] = true },
            Json.Relationship("product", "products", productId)));

        Assert.Equal(201, snake.Code);
        Assert.Equal(3, snake.Attributes["maxMachines"]!.GetValue<int>());
        Assert.Null(snake.Attributes["max_machines"]);
    }

    [Theory]
    [InlineData("{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":5}}}", "type mismatch (received integer expected string)", "/data/attributes/name")]
    [InlineData("{\"data\":{\"type\":\"products\",\"attributes\":{}}}", "is missing", "/data/attributes/name")]
    [InlineData("{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"  \"}}}", "cannot be blank", "/data/attributes/name")]
    [InlineData("{\"data\":{\"type\":\"widgets\",\"attributes\":{\"name\":\"A\"}}}", "is invalid", "/data/type")]
    [InlineData("{}", "is missing", "/data")]
    [InlineData("{\"data\":{\"type\":\"products\",\"attributes\":{\"name\":\"A\",\"metadata\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}}}", "maximum depth of 2 exceeded", "/data/attributes/metadata/a/b/c")]
    public async Task TypedParamsErrorsNameTheOffendingPointer(string body, string detail, string pointer)
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.PostAsync("/products", body);

        Assert.Equal(400, response.Code);
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(pointer, response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrivilegedAttributesAreUndeclaredForOtherBearers()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.UserAsync("user@example.com");
        var token = await session.TokenForAsync("user@example.com");

        var response = await session.PostAsync("/users", Json.Resource("users", new JsonObject { ["email"] = "x@example.com", ["role"] = "admin" }), As.Bearer(token));

        Assert.Equal(400, response.Code);
        Assert.Equal("/data/attributes/role", response.FirstError["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnacceptableAcceptHeaderIsMimeTypeInvalid()
    {
        await using var session = await EmulatorSession.StartAsync();

        var html = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Accept", "text/html"));
        var json = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Accept", "application/json"));

        Assert.Equal(400, html.Code);
        Assert.Equal("MIME_TYPE_INVALID", html.ErrorCode);
        Assert.Equal(200, json.Code);
        Assert.Equal("application/json; charset=utf-8", json.Header("Content-Type"));
    }

    [Fact]
    public async Task UnknownRouteAndWrongMethodAreNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        var unknown = await session.GetAsync("/widgets");
        var wrongMethod = await session.SendAsync(HttpMethod.Put, "/products", "{}");

        foreach (var response in new[] { unknown, wrongMethod })
        {
            Assert.Equal(404, response.Code);
            Assert.Equal("NOT_FOUND", response.ErrorCode);
            Assert.Equal("The requested endpoint was not found (check your HTTP method, Accept header, and URL path)", response.FirstError["detail"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ApiVersionIsEchoedAndUnknownVersionsRefused()
    {
        await using var session = await EmulatorSession.StartAsync();

        var pinned = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Version", "1.7"));
        var unknown = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Version", "9.9"));
        var defaulted = await session.GetAsync("/products");

        Assert.Equal("1.7", pinned.Header("Keygen-Version"));
        Assert.Equal("1.8", defaulted.Header("Keygen-Version"));
        Assert.Equal(400, unknown.Code);
        Assert.Equal("INVALID_API_VERSION", unknown.ErrorCode);
    }

    [Fact]
    public async Task RequestIdIsHonouredAndIdentityHeadersAreSent()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("X-Request-Id", "trace-123"));

        Assert.Equal("trace-123", response.Header("X-Request-Id"));
        Assert.Equal(session.Emulator.AccountId, response.Header("Keygen-Account"));
        Assert.NotNull(response.Header("Keygen-Bearer"));
        Assert.NotNull(response.Header("Keygen-Token"));
        var cache = response.Message.Headers.CacheControl!;
        Assert.True(cache.NoStore && cache.NoTransform && cache.MaxAge == TimeSpan.Zero);
        Assert.Equal("application/vnd.api+json; charset=utf-8", response.Header("Content-Type"));
    }

    [Fact]
    public async Task ApiVersionsUpTo13NameTheIdentityHeadersWithAnIdSuffix()
    {
        await using var session = await EmulatorSession.StartInProcessAsync(new KeygenEmulatorOptions { ReuseSigningKeys = true });

        var old = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Version", "1.3"));
        var newer = await session.SendAsync(HttpMethod.Get, "/products", null, configure: r => r.Headers.Add("Keygen-Version", "1.4"));

        Assert.Equal(session.Emulator.AccountId, old.Header("Keygen-Account-Id"));
        Assert.NotNull(old.Header("Keygen-Bearer-Id"));
        Assert.NotNull(old.Header("Keygen-Token-Id"));
        Assert.Null(old.Header("Keygen-Account"));
        Assert.Equal(session.Emulator.AccountId, newer.Header("Keygen-Account"));
        Assert.Null(newer.Header("Keygen-Account-Id"));
    }

    [Fact]
    public async Task RateLimitHeadersCountAndExcessIsTooManyRequests()
    {
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { RateLimitPerMinute = 2 });

        var first = await session.GetAsync("/products");
        var second = await session.GetAsync("/products");
        var third = await session.GetAsync("/products");

        Assert.Equal("1m", first.Header("X-RateLimit-Window"));
        Assert.Equal("1", first.Header("X-RateLimit-Count"));
        Assert.Equal("2", first.Header("X-RateLimit-Limit"));
        Assert.Equal("1", first.Header("X-RateLimit-Remaining"));
        Assert.Equal("0", second.Header("X-RateLimit-Remaining"));
        Assert.Equal(429, third.Code);
        Assert.Equal("TOO_MANY_REQUESTS", third.ErrorCode);
        Assert.InRange(int.Parse(third.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.True(long.Parse(third.Header("X-RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Null(third.Header("Keygen-Signature"));
    }

    /// <summary>Keygen's JSON decoder (Oj) refuses a body that is not UTF-8 as invalid JSON (users/create.feature).</summary>
    [Fact]
    public async Task InvalidUtf8BodyIsInvalidJson()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.SendAsync(HttpMethod.Post, "/products", null, configure: r => r.Content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]));

        Assert.Equal(400, response.Code);
        Assert.Equal("JSON_INVALID", response.ErrorCode);
    }
}
