using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>One client span per call, with OpenTelemetry HTTP tags.</summary>
public sealed class TracingTests : KeygenServerTest
{
    [Fact]
    public async Task A_retried_call_is_one_span_with_its_outcome()
    {
        using var recorder = new ActivityRecorder();
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        Server.Fallback = Replies.Json(200, "{}", ("X-Request-Id", "trace-req"));
        using KeygenClient client = TestClients.Client(Server);

        await client.SendAsync(TestClients.Get("/licenses?page%5Bsize%5D=1", "tracing.retried"));

        Activity span = Assert.Single(recorder.Activities, a => a.DisplayName == "tracing.retried");
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal(Server.BaseUrl + "v1/accounts/acme/licenses?page%5Bsize%5D=1", span.GetTagItem("url.full"));
        Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("http.request.resend_count"));
        Assert.Equal("trace-req", span.GetTagItem("keygen.request_id"));
        Assert.Equal("keygen.retry", Assert.Single(span.Events).Name);
        Assert.NotEqual(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task A_failed_call_marks_its_span_as_an_error()
    {
        using var recorder = new ActivityRecorder();
        Server.Fallback = Replies.Error(422, "MACHINE_LIMIT_EXCEEDED", "Unprocessable resource", "machine count has exceeded maximum allowed");
        using KeygenClient client = TestClients.Client(Server);

        await Assert.ThrowsAsync<KeygenApiException>(() => client.SendAsync(TestClients.Post("/machines", "{}", "tracing.failed")));

        Activity span = Assert.Single(recorder.Activities, a => a.DisplayName == "tracing.failed");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("MACHINE_LIMIT_EXCEEDED", span.GetTagItem("error.type"));
        Assert.Equal(422, span.GetTagItem("http.response.status_code"));
        Assert.Contains("machine count has exceeded", span.StatusDescription, StringComparison.Ordinal);
    }
}
