using System;
using System.Threading.Tasks;
using Keygen.AspNetCore;
using Keygen.Webhooks.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Xunit;

namespace Keygen.Webhooks.Tests.EndToEnd;

/// <summary>
/// Keygen signs the URL registered with it; behind a reverse proxy the app sees another host and path. The app verifies
/// against the configured public URL, or against the request as rewritten by forwarded headers it chose to trust.
/// </summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Without_the_public_URL_or_forwarded_headers_the_rewritten_request_does_not_verify()
    {
        var (status, body, handled) = await DeliverThroughProxyAsync((_, _) => { });

        Assert.Equal((400, "refused: SignatureInvalid", 0), (status, body, handled));
    }

    [Fact]
    public async Task The_configured_public_URL_is_what_the_signature_is_checked_against()
    {
        var (status, body, handled) = await DeliverThroughProxyAsync((webhooks, publicUrl) => webhooks.PublicUrl = new Uri(publicUrl));

        Assert.Equal((200, "handled", 1), (status, body, handled));
    }

    [Fact]
    public async Task Forwarded_host_and_prefix_count_when_the_app_enables_them()
    {
        var (status, body, handled) = await DeliverThroughProxyAsync(
            (_, _) => { },
            app => app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix }));

        Assert.Equal((200, "handled", 1), (status, body, handled));
    }

    private static async Task<(int? Status, string? Body, int Handled)> DeliverThroughProxyAsync(
        Action<KeygenWebhookBuilder, string> configure, Action<WebApplication>? pipeline = null)
    {
        var recorder = new Recorder();
        await using var keygen = await KeygenBackend.StartAsync();
        await using var proxy = await ReverseProxy.StartAsync();
        var publicUrl = proxy.PublicUrl(WebhookApp.Path);
        await using var app = await WebhookApp.StartAsync(
            keygen,
            webhooks =>
            {
                TypedDeliveryTests.Record(webhooks, recorder, KeygenEvents.ProductCreated);
                configure(webhooks, publicUrl);
            },
            pipeline: pipeline);
        proxy.Upstream = app.Root;

        await keygen.SubscribeAsync(publicUrl, WebhookEventType.ProductCreated);
        await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        await keygen.DeliveredAsync();

        var delivered = await Deliveries.OfAsync(keygen.Client, WebhookEventType.ProductCreated);
        return (delivered.LastResponseCode, delivered.LastResponseBody, recorder.Count);
    }
}
