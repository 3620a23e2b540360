using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a random port that records every request (method, raw path and query, headers, body)
/// and answers from a script: queued replies first, then <see cref="Fallback"/>. Stopped by disposing.
/// </summary>
public sealed class KeygenTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    private KeygenTestServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
        Fallback = Replies.Json(200, """{"data":null}""");
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321</c>: use as <see cref="KeygenClientOptions.BaseUrl"/>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Answers requests once the script is used up.</summary>
    public Reply Fallback { get; set; }

    /// <summary>Cancelled when the server stops; stalling replies end with it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<KeygenTestServer> StartAsync(TimeProvider? clock = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        WebApplication app = builder.Build();
        var server = new KeygenTestServer(app, clock ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Queues replies for the next requests, in order.</summary>
    public void Enqueue(params Reply[] replies)
    {
        foreach (Reply reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>Waits (in real time, bounded) until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_requests.Count < count)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        string rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        int query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var recorded = new RecordedRequest(
            context.Request.Method,
            query < 0 ? rawTarget : rawTarget[..query],
            query < 0 ? string.Empty : rawTarget[(query + 1)..],
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(),
            _clock.GetUtcNow());
        _requests.Enqueue(recorded);
        Reply reply = _script.TryDequeue(out Reply? scripted) ? scripted : Fallback;
        await reply(context, recorded);
    }
}
