using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Keygen.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>
/// A user's backend in miniature: a real ASP.NET Core app on 127.0.0.1 that maps <c>MapKeygenWebhooks</c> at
/// <see cref="Path"/>. A tap in front of it keeps every request as received, so tests can send one again, altered or not.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    public const string Path = "/keygen/webhooks";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CapturedRequest> _captured;

    private WebhookApp(WebApplication app, Uri root, ConcurrentQueue<CapturedRequest> captured)
    {
        _app = app;
        _captured = captured;
        Root = root;
        Http = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }

    /// <summary>The webhook endpoint's URL, to register with Keygen.</summary>
    public string Url => new Uri(Root, Path).ToString();

    public HttpClient Http { get; }

    public IReadOnlyList<CapturedRequest> Captured => _captured.ToArray();

    /// <summary>An app receiving <paramref name="keygen"/>'s webhooks on its clock, with the handlers <paramref name="handlers"/> adds.</summary>
    public static Task<WebhookApp> StartAsync(KeygenBackend keygen, Action<KeygenWebhookBuilder> handlers, Action<WebApplication>? pipeline = null) =>
        StartAsync(
            webhooks =>
            {
                webhooks.PublicKey = keygen.PublicKey;
                webhooks.TimeProvider = keygen.Clock;
                handlers(webhooks);
            },
            pipeline: pipeline);

    /// <param name="configure">Configures the endpoint, as a user's Program.cs would.</param>
    /// <param name="services">Registers services (a store, handler classes, …).</param>
    /// <param name="pipeline">Adds middleware before the endpoint (e.g. forwarded headers).</param>
    public static async Task<WebhookApp> StartAsync(
        Action<KeygenWebhookBuilder> configure, Action<IServiceCollection>? services = null, Action<WebApplication>? pipeline = null)
    {
        var captured = new ConcurrentQueue<CapturedRequest>();
        var (app, root) = await LoopbackApp.StartAsync(
            app =>
            {
                app.Use(async (context, next) =>
                {
                    context.Request.EnableBuffering();
                    using var copy = new MemoryStream();
                    await context.Request.Body.CopyToAsync(copy);
                    context.Request.Body.Position = 0;
                    captured.Enqueue(CapturedRequest.Of(context.Request, copy.ToArray()));
                    await next(context);
                });
                pipeline?.Invoke(app);
                app.MapKeygenWebhooks(Path, configure);
            },
            services);
        return new WebhookApp(app, root, captured);
    }

    /// <summary>Sends a captured request again, as an attacker replaying it would; <paramref name="alter"/> may change it first.</summary>
    public async Task<(int Status, string Body)> ResendAsync(CapturedRequest request, byte[]? body = null, Action<HttpRequestMessage>? alter = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Target) { Content = new ByteArrayContent(body ?? request.Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]);
        foreach (var name in new[] { "Date", "Digest", "Keygen-Date", "Keygen-Digest", "Keygen-Signature", "Keygen-Version", "User-Agent" })
        {
            message.Headers.TryAddWithoutValidation(name, request.Headers[name]);
        }

        alter?.Invoke(message);
        using var response = await Http.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request as the app received it, before the endpoint read it.</summary>
internal sealed record CapturedRequest(string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static CapturedRequest Of(HttpRequest request, byte[] body) => new(
        request.PathBase + request.Path + request.QueryString,
        request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        body);
}
