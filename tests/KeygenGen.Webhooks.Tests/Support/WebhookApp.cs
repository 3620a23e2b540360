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
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>
/// A user's backend in miniature: a real ASP.NET Core app on 127.0.0.1 that maps <c>MapKeygenWebhooks</c> at
/// <see cref="Path"/>. A tap in front of it keeps every request as received, so tests can send one again, altered or not.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    public const string Path = "/keygen/webhooks";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CapturedRequest> _captured = new();

    private WebhookApp(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
        Http = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }

    /// <summary>The webhook endpoint's URL, to register with Keygen.</summary>
    public string Url => new Uri(Root, Path).ToString();

    public HttpClient Http { get; }

    public IReadOnlyList<CapturedRequest> Captured => _captured.ToArray();

    /// <param name="configure">Configures the endpoint, as a user's Program.cs would.</param>
    /// <param name="services">Registers services (a store, handler classes, …).</param>
    /// <param name="pipeline">Adds middleware before the endpoint (e.g. forwarded headers).</param>
    public static async Task<WebhookApp> StartAsync(
        Action<KeygenWebhookBuilder> configure, Action<IServiceCollection>? services = null, Action<WebApplication>? pipeline = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        var app = builder.Build();
        WebhookApp? self = null;
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy);
            context.Request.Body.Position = 0;
            self!._captured.Enqueue(CapturedRequest.Of(context.Request, copy.ToArray()));
            await next(context);
        });
        pipeline?.Invoke(app);
        app.MapKeygenWebhooks(Path, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        self = new WebhookApp(app, new Uri(address + "/"));
        return self;
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
