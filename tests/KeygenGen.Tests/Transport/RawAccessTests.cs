using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Status, headers, request id, rate limits and bodies of any call, through the response and through a capture.</summary>
public sealed class RawAccessTests : KeygenServerTest
{
    [Fact]
    public async Task Rate_limit_headers_are_parsed()
    {
        Server.Fallback = Replies.Json(200, """{"data":[]}""",
            ("X-RateLimit-Window", "1m"), ("X-RateLimit-Count", "42"), ("X-RateLimit-Limit", "60"),
            ("X-RateLimit-Remaining", "18"), ("X-RateLimit-Reset", "1767225600"), ("Keygen-Environment", "staging"));
        using KeygenClient client = TestClients.Client(Server);

        KeygenResponse response = await client.SendAsync(TestClients.Get("/licenses"));

        KeygenRateLimit limit = response.RateLimit!;
        Assert.Equal("1m", limit.Window);
        Assert.Equal(42, limit.Count);
        Assert.Equal(60, limit.Limit);
        Assert.Equal(18, limit.Remaining);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), limit.Reset);
        Assert.Null(limit.RetryAfter);
        Assert.Equal("staging", response.GetHeader("keygen-environment"));
        Assert.Equal("application/vnd.api+json", response.GetHeader("Content-Type"));
    }

    [Fact]
    public async Task Responses_without_rate_limit_headers_have_none_and_garbage_is_ignored()
    {
        Server.Enqueue(Replies.Json(200, "{}"), Replies.Json(200, "{}", ("X-RateLimit-Remaining", "lots")));
        using KeygenClient client = TestClients.Client(Server);

        Assert.Null((await client.SendAsync(TestClients.Get("/a"))).RateLimit);
        Assert.Null((await client.SendAsync(TestClients.Get("/b"))).RateLimit);
    }

    [Fact]
    public async Task A_capture_records_every_attempt_including_failures()
    {
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"), Replies.Json(200, "{}", ("X-Request-Id", "ok-1")));
        Server.Fallback = Replies.Error(404, "NOT_FOUND", "Not found", "nope", null, ("X-Request-Id", "missing-1"));
        using KeygenClient client = TestClients.Client(Server);

        using var capture = KeygenResponseCapture.Start();
        await client.SendAsync(TestClients.Get("/licenses/l1"));
        Assert.Equal("ok-1", capture.Last!.RequestId);
        await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(TestClients.Get("/licenses/missing")));

        Assert.Equal([503, 200, 404], capture.Responses.Select(r => r.StatusCode));
        Assert.Equal("missing-1", capture.Last!.RequestId);
    }

    [Fact]
    public async Task Captures_nest_and_stop_when_disposed()
    {
        using KeygenClient client = TestClients.Client(Server);

        using var outer = KeygenResponseCapture.Start();
        using (var inner = KeygenResponseCapture.Start())
        {
            await client.SendAsync(TestClients.Get("/one"));
            Assert.Single(inner.Responses);
        }

        await client.SendAsync(TestClients.Get("/two"));
        outer.Dispose();
        await client.SendAsync(TestClients.Get("/three"));

        Assert.Equal(2, outer.Responses.Count);
        Assert.EndsWith("/two", outer.Last!.RequestUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_outside_a_capture_are_not_recorded_by_it()
    {
        using KeygenClient client = TestClients.Client(Server);
        KeygenResponseCapture capture;
        using (capture = KeygenResponseCapture.Start())
        {
        }

        await client.SendAsync(TestClients.Get("/later"));

        Assert.Null(capture.Last);
    }
}
