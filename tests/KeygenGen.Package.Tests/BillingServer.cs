using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KeygenGen.Package.Tests;

/// <summary>
/// What Consumer/Billing talks to: the Keygen emulator, behind a front on 127.0.0.1 that also serves the endpoints of
/// billing.keygen.json (Keygen has no seat transfers or invoices; the user's own server would). The front records
/// every request and forwards all but those to the emulator.
/// </summary>
internal sealed class BillingServer : IAsyncDisposable
{
    private const string JsonApi = "application/vnd.api+json";
    private static readonly string[] ForwardedHeaders = ["Authorization", "Accept", "Keygen-Version", "User-Agent"];

    private readonly KeygenEmulator _emulator;
    private readonly HttpClient _upstream = new();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private WebApplication? _front;

    private BillingServer(KeygenEmulator emulator) => _emulator = emulator;

    public Uri BaseUrl { get; private set; } = null!;

    public string Account => _emulator.AccountSlug;

    public string Token => _emulator.AdminToken;

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToArray();

    public static async Task<BillingServer> StartAsync()
    {
        var server = new BillingServer(await KeygenEmulator.StartAsync());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var front = builder.Build();
        front.Use(server.RecordAsync);
        front.MapPost("/v1/accounts/{account}/licenses/{id}/actions/transfer-seat", server.TransferSeatAsync);
        front.MapPost("/v1/accounts/{account}/invoices", RaiseInvoiceAsync);
        front.MapFallback(context => server.ForwardAsync(context, context.Request.Method, context.Request.Path + context.Request.QueryString));
        server._front = front;
        await front.StartAsync();
        server.BaseUrl = new Uri(front.Urls.Single());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_front is not null)
        {
            await _front.StopAsync();
            await _front.DisposeAsync();
        }

        _upstream.Dispose();
        await _emulator.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        _requests.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path, body, context.Request.Headers.Authorization.ToString()));
        await next(context);
    }

    // The seat moves in the user's own books; the answer is the license as Keygen has it.
    private Task TransferSeatAsync(HttpContext context, string account, string id) =>
        ForwardAsync(context, "GET", $"/v1/accounts/{account}/licenses/{Uri.EscapeDataString(id)}");

    // A new invoice: the attributes and the license linkage the client sent, under a server-assigned id.
    private static async Task RaiseInvoiceAsync(HttpContext context)
    {
        var sent = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!["data"]!;
        var invoice = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["id"] = "inv-1",
                ["type"] = "invoices",
                ["attributes"] = sent["attributes"]!.DeepClone(),
                ["relationships"] = sent["relationships"]!.DeepClone(),
            },
        };
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = JsonApi;
        await context.Response.WriteAsync(invoice.ToJsonString(), context.RequestAborted);
    }

    private async Task ForwardAsync(HttpContext context, string method, string pathAndQuery)
    {
        using var forwarded = new HttpRequestMessage(new HttpMethod(method), new Uri(_emulator.BaseUrl, pathAndQuery));
        foreach (var name in ForwardedHeaders.Where(context.Request.Headers.ContainsKey))
        {
            forwarded.Headers.TryAddWithoutValidation(name, context.Request.Headers[name].ToString());
        }

        if (method != "GET" && context.Request.ContentType is not null)
        {
            forwarded.Content = new StreamContent(context.Request.Body);
            forwarded.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Request.ContentType!);
        }

        using var answer = await _upstream.SendAsync(forwarded, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}

/// <summary>One request as the front received it.</summary>
internal sealed record ReceivedRequest(string Method, string Path, string Body, string Authorization);
