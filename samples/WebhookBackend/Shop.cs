using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.AspNetCore;
using Keygen.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebhookBackend;

/// <summary>
/// The store: <c>POST /orders</c> provisions a Keygen license for the order (the order id in its metadata), and the
/// license.created webhook, received at <c>/keygen/webhooks</c>, emails the key. The webhook may arrive before the order
/// request has finished, so the handler finds the order through the license's metadata, not through the order.
/// </summary>
internal sealed class Shop : IAsyncDisposable
{
    public const string WebhookPath = "/keygen/webhooks";

    private readonly WebApplication _app;

    private Shop(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where the store listens, e.g. <c>http://127.0.0.1:5000/</c>.</summary>
    public Uri Url { get; }

    public OrderBook Orders => _app.Services.GetRequiredService<OrderBook>();

    /// <param name="keygen">The Keygen account the store sells from.</param>
    /// <param name="urls">Where to listen.</param>
    /// <param name="publicUrl">The webhook URL as Keygen reaches it, when a proxy stands in front of the store.</param>
    /// <param name="output">Where the mailer writes.</param>
    public static async Task<Shop> StartAsync(KeygenAccount keygen, string urls, Uri? publicUrl, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.Services.AddSingleton(keygen.Client);
        builder.Services.AddSingleton<OrderBook>();
        builder.Services.AddSingleton(new Mailer(output));
        var app = builder.Build();

        app.MapPost("/orders", (HttpContext context, OrderBook orders, KeygenClient client, CancellationToken ct) =>
            PlaceOrderAsync(context, orders, client, keygen.PolicyId, ct));
        app.MapGet("/orders/{id}", (string id, OrderBook orders) =>
            orders.Find(id) is { } order ? Results.Ok(new { order.Id, order.LicenseId, order.KeyEmailed }) : Results.NotFound());

        app.MapKeygenWebhooks(WebhookPath, webhooks =>
        {
            webhooks.PublicKey = keygen.PublicKey;
            webhooks.PublicUrl = publicUrl;
            webhooks.On(KeygenEvents.LicenseCreated, EmailKeyAsync);
        });

        await app.StartAsync(cancellationToken);
        var shop = new Shop(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        await keygen.SubscribeAsync(publicUrl ?? new Uri(shop.Url, WebhookPath.TrimStart('/')), cancellationToken);
        return shop;
    }

    /// <summary>What a customer's checkout does: <c>POST /orders</c> with their email.</summary>
    public async Task<string> PlaceOrderAsync(string email, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url };
        using var response = await http.PostAsJsonAsync("orders", new { email }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var placed = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return placed!["id"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<IResult> PlaceOrderAsync(HttpContext context, OrderBook orders, KeygenClient keygen, string policyId, CancellationToken cancellationToken)
    {
        var body = await context.Request.ReadFromJsonAsync<JsonObject>(cancellationToken);
        if (body?["email"]?.GetValue<string>() is not { Length: > 0 } email)
        {
            return Results.BadRequest("An order needs the customer's email.");
        }

        var order = orders.Open(email);
        var license = await keygen.Licenses.CreateAsync(
            new CreateLicenseRequest { PolicyId = policyId, Name = email, Metadata = new JsonObject { ["orderId"] = order.Id } },
            cancellationToken);
        order.LicenseId = license.Id;
        return Results.Created($"/orders/{order.Id}", new { order.Id, order.LicenseId });
    }

    /// <summary>license.created: the key goes to the customer. Throwing here answers 500 and Keygen delivers the event again.</summary>
    private static Task EmailKeyAsync(KeygenEvent<License> created, IServiceProvider services, CancellationToken cancellationToken)
    {
        var orderId = created.Data.Metadata["orderId"]?.GetValue<string>();
        if (orderId is null || services.GetRequiredService<OrderBook>().Find(orderId) is not { } order)
        {
            // A license made elsewhere (the dashboard, another service): not this store's to email.
            return Task.CompletedTask;
        }

        services.GetRequiredService<Mailer>().SendLicenseKey(order, created.Data);
        order.MarkKeyEmailed();
        return Task.CompletedTask;
    }
}
