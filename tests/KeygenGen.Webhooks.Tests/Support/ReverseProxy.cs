using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>
/// A reverse proxy in front of an app, as deployed behind a load balancer: it is reached as <c>localhost</c> under
/// <c>/public</c>, strips the prefix, forwards to the app's own address and says what it changed in
/// <c>X-Forwarded-Host</c>, <c>X-Forwarded-Prefix</c> and <c>X-Forwarded-Proto</c>.
/// </summary>
internal sealed class ReverseProxy : IAsyncDisposable
{
    public const string Prefix = "/public";

    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new();

    private ReverseProxy(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Where requests go: set once the app behind is started (it needs the proxy's public URL first).</summary>
    public Uri? Upstream { get; set; }

    /// <summary>The public URL of a path of the app behind the proxy.</summary>
    public string PublicUrl(string path) => $"http://localhost:{Port}{Prefix}{path}";

    public static async Task<ReverseProxy> StartAsync()
    {
        ReverseProxy? self = null;
        var (app, root) = await LoopbackApp.StartAsync(app => app.Run(context => self!.ForwardAsync(context)));
        self = new ReverseProxy(app, root.Port);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.StartsWithSegments(Prefix, out var rest) ? rest : request.Path;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(Upstream!, path + request.QueryString))
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        forwarded.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType!);
        foreach (var (name, value) in request.Headers.Where(h => h.Key.StartsWith("Keygen-", StringComparison.OrdinalIgnoreCase) || h.Key is "Date" or "Digest" or "User-Agent"))
        {
            forwarded.Headers.TryAddWithoutValidation(name, value.ToString());
        }

        forwarded.Headers.TryAddWithoutValidation("X-Forwarded-Host", request.Host.Value);
        forwarded.Headers.TryAddWithoutValidation("X-Forwarded-Prefix", Prefix);
        forwarded.Headers.TryAddWithoutValidation("X-Forwarded-Proto", request.Scheme);
        using var answer = await _upstream.SendAsync(forwarded);
        context.Response.StatusCode = (int)answer.StatusCode;
        await context.Response.WriteAsync(await answer.Content.ReadAsStringAsync());
    }
}
