using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen;
using Keygen.AspNetCore;
using Keygen.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

// Keygen for the test: the packaged emulator, delivering webhooks to 127.0.0.1.
await using var emulator = await KeygenEmulator.StartAsync(new KeygenEmulatorOptions { DeliverWebhooksToLoopback = true });
using var keygen = new KeygenClient(new KeygenClientOptions
{
    BaseUrl = emulator.BaseUrl,
    Account = emulator.AccountId,
    Token = emulator.AdminToken,
    PublicKey = emulator.PublicKeyHex,
});

// The backend: the packaged endpoint with a typed handler.
var created = new TaskCompletionSource<License>(TaskCreationOptions.RunContinuationsAsynchronously);
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
await using var app = builder.Build();
app.MapKeygenWebhooks("/keygen/webhooks", webhooks =>
{
    webhooks.PublicKey = emulator.PublicKeyHex;
    webhooks.On(KeygenEvents.LicenseCreated, (e, _) =>
    {
        created.TrySetResult(e.Data);
        return Task.CompletedTask;
    });
});
await app.StartAsync();

await keygen.WebhookEndpoints.CreateAsync(new CreateWebhookEndpointRequest
{
    Url = app.Urls.Single().TrimEnd('/') + "/keygen/webhooks",
    Subscriptions = [WebhookEventType.LicenseCreated],
});
var product = await keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
var policy = await keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
var license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });

var received = await created.Task.WaitAsync(TimeSpan.FromSeconds(30));
await emulator.WaitForWebhookDeliveriesAsync();
await foreach (var delivery in keygen.WebhookEvents.ListAsync())
{
    Console.WriteLine($"{delivery.Event}: {delivery.Status} {delivery.LastResponseCode} {delivery.LastResponseBody}");
}

Console.WriteLine($"handled the license: {received.Id == license.Id}");
