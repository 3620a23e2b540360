using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keygen.Emulator.Tests.Support;

/// <summary>
/// A bare HTTP server on 127.0.0.1 standing in for a webhook endpoint: it keeps every request exactly as received and
/// answers what <c>answer</c> says for the n-th request (counting from 0); 200 "ok" by default.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    /// <summary>An endpoint URL on this receiver, e.g. <c>http://127.0.0.1:5123/hooks?tenant=1</c>.</summary>
    public string Url(string pathAndQuery = "/hooks") => new Uri(Root, pathAndQuery).ToString();

    public static async Task<WebhookReceiver> StartAsync(Func<int, (int Status, string Body)>? answer = null)
    {
        answer ??= _ => (200, "ok");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        var count = 0;
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var request = context.Request;
            receiver!._received.Enqueue(new ReceivedWebhook(
                request.Method,
                request.Path + request.QueryString,
                request.Host.Host,
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                buffer.ToArray()));
            var (status, body) = answer(System.Threading.Interlocked.Increment(ref count) - 1);
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver = new WebhookReceiver(app, new Uri(address + "/"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the receiver got it.</summary>
internal sealed record ReceivedWebhook(string Method, string Target, string Host, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonNode Json => JsonNode.Parse(Encoding.UTF8.GetString(Body))!;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
