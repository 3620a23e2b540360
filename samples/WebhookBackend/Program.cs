using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using WebhookBackend;

// dotnet run --project samples/WebhookBackend                places an order, shows the webhook round trip, stops
// dotnet run --project samples/WebhookBackend -- --serve     keeps serving POST /orders until Ctrl-C
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var serve = args is ["--serve"];
var publicUrl = Environment.GetEnvironmentVariable("SHOP_PUBLIC_URL") is { Length: > 0 } url ? new Uri(url) : null;
try
{
    await using var keygen = await KeygenAccount.ConnectAsync(cancellation.Token);
    await using var shop = await Shop.StartAsync(keygen, serve ? "http://127.0.0.1:5080" : "http://127.0.0.1:0", publicUrl, Console.Out, cancellation.Token);
    Console.WriteLine($"Store listening on {shop.Url}, selling from {keygen.Description}");
    if (serve)
    {
        Console.WriteLine("POST /orders {\"email\": \"…\"} provisions a license; Ctrl-C stops.");
        await Task.Delay(Timeout.Infinite, cancellation.Token);
    }

    var orderId = await shop.PlaceOrderAsync("alice@example.com", cancellation.Token);
    var order = shop.Orders.Find(orderId)!;
    Console.WriteLine($"Order {orderId} placed: license {order.LicenseId} provisioned");
    await order.KeyEmailedAsync.WaitAsync(TimeSpan.FromSeconds(30), cancellation.Token);
    Console.WriteLine("license.created received, verified and handled: the customer has their key");
    return 0;
}
catch (Exception exception) when (exception is KeygenException or TimeoutException)
{
    Console.Error.WriteLine($"The store failed: {exception.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    return serve ? 0 : 1;
}
