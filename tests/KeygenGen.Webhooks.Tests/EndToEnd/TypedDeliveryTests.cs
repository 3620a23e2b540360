using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Signatures;
using Keygen.Webhooks.Tests.Support;
using Xunit;

namespace Keygen.Webhooks.Tests.EndToEnd;

/// <summary>The emulator delivers to a real ASP.NET Core app on 127.0.0.1; each event reaches the handler of its type, typed.</summary>
public sealed class TypedDeliveryTests
{
    [Fact]
    public async Task Each_event_reaches_the_typed_handler_of_its_type_with_the_resource_it_carries()
    {
        var recorder = new Recorder();
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            Record(webhooks, recorder, KeygenEvents.ProductCreated);
            Record(webhooks, recorder, KeygenEvents.PolicyCreated);
            Record(webhooks, recorder, KeygenEvents.LicenseCreated);
            Record(webhooks, recorder, KeygenEvents.LicenseSuspended);
            Record(webhooks, recorder, KeygenEvents.MachineCreated);
            Record(webhooks, recorder, KeygenEvents.LicenseEntitlementsAttached);
            Record(webhooks, recorder, KeygenEvents.LicenseValidationSucceeded);
            Record(webhooks, recorder, KeygenEvents.LicenseValidationFailed);
            webhooks.OnUnhandled((delivery, _, _) =>
            {
                recorder.Handled("unhandled", delivery);
                return Task.CompletedTask;
            });
        });
        await keygen.SubscribeAsync(app.Url);
        var client = keygen.Client;

        var product = await client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policy = await client.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id, Floating = true, MaxMachines = 2 });
        var entitlement = await client.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = "Export", Code = "EXPORT" });
        var license = await client.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Seat" });
        await client.Licenses.AttachEntitlementsAsync(license.Id, [entitlement.Id]);
        var machine = await client.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "fp-1" });
        await client.Licenses.ValidateAsync(license.Id);
        await client.Licenses.SuspendAsync(license.Id);
        await client.Licenses.ValidateAsync(license.Id);
        await keygen.DeliveredAsync();

        Assert.Equal(product.Id, Single(recorder, KeygenEvents.ProductCreated).Data.Id);
        Assert.Equal((policy.Id, 2), (Single(recorder, KeygenEvents.PolicyCreated).Data.Id, Single(recorder, KeygenEvents.PolicyCreated).Data.MaxMachines));
        var created = Single(recorder, KeygenEvents.LicenseCreated);
        Assert.Equal((license.Id, license.Key, "Seat", LicenseStatus.Active), (created.Data.Id, created.Data.Key, created.Data.Name, created.Data.Status));
        Assert.Equal(WebhookEventType.LicenseCreated, created.Type);
        Assert.Equal(64, created.IdempotencyToken!.Length);
        Assert.Equal(LicenseStatus.Suspended, Single(recorder, KeygenEvents.LicenseSuspended).Data.Status);
        Assert.Equal((machine.Id, "fp-1", license.Id), (Single(recorder, KeygenEvents.MachineCreated).Data.Id, Single(recorder, KeygenEvents.MachineCreated).Data.Fingerprint, Single(recorder, KeygenEvents.MachineCreated).Data.LicenseId));
        var attached = Assert.Single(Single(recorder, KeygenEvents.LicenseEntitlementsAttached).Data);
        Assert.Equal((license.Id, entitlement.Id), (attached.LicenseId, attached.EntitlementId));

        // A result with its resource: the validation, the license inside it.
        var succeeded = Single(recorder, KeygenEvents.LicenseValidationSucceeded).Data;
        Assert.Equal((true, ValidationCode.Valid, license.Id), (succeeded.Valid, succeeded.Code, succeeded.License!.Id));
        var failed = Single(recorder, KeygenEvents.LicenseValidationFailed).Data;
        Assert.Equal((false, ValidationCode.Suspended, LicenseStatus.Suspended), (failed.Valid, failed.Code, failed.License!.Status));

        // No typed handler: the untyped handler gets it, payload and all.
        var untyped = Assert.Single(recorder.Of<KeygenWebhookEvent>("unhandled"));
        Assert.Equal(WebhookEventType.EntitlementCreated, untyped.Type);
        Assert.Equal(entitlement.Id, untyped.Payload!.Value.GetProperty("data").GetProperty("id").GetString());

        var events = await Deliveries.AllAsync(client);
        Assert.Equal(9, events.Count);
        Assert.All(events, e => Assert.Equal((WebhookEventStatus.Delivered, 200), (e.Status, e.LastResponseCode)));
    }

    [Fact]
    public async Task Events_without_any_handler_are_acknowledged_and_dropped()
    {
        var recorder = new Recorder();
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            Record(webhooks, recorder, KeygenEvents.LicenseCreated);
        });
        await keygen.SubscribeAsync(app.Url);

        await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        await keygen.DeliveredAsync();

        var delivered = await Deliveries.OfAsync(keygen.Client, WebhookEventType.ProductCreated);
        Assert.Equal((WebhookEventStatus.Delivered, "ignored"), (delivered.Status, delivered.LastResponseBody));
        Assert.Equal(0, recorder.Count);
    }

    [Fact]
    public async Task An_event_retried_through_the_API_is_a_duplicate_and_is_not_handled_again()
    {
        var recorder = new Recorder();
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            Record(webhooks, recorder, KeygenEvents.ProductCreated);
        });
        await keygen.SubscribeAsync(app.Url);
        await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        await keygen.DeliveredAsync();
        var original = await Deliveries.OfAsync(keygen.Client, WebhookEventType.ProductCreated);

        var retried = await keygen.Client.WebhookEvents.RetryAsync(original.Id);
        await keygen.DeliveredAsync();

        var redelivered = await keygen.Client.WebhookEvents.GetAsync(retried.Id);
        Assert.Equal(original.IdempotencyToken, redelivered.IdempotencyToken);
        Assert.Equal((WebhookEventStatus.Delivered, 200, "duplicate"), (redelivered.Status, redelivered.LastResponseCode, redelivered.LastResponseBody));
        Assert.Single(recorder.Of<KeygenEvent<Product>>(KeygenEvents.ProductCreated.Type.Value));
    }

    [Fact]
    public async Task Events_for_an_endpoint_off_the_loopback_are_never_sent()
    {
        var recorder = new Recorder();
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            Record(webhooks, recorder, KeygenEvents.ProductCreated);
        });
        var elsewhere = await keygen.SubscribeAsync("https://hooks.example.com/keygen");
        await keygen.SubscribeAsync(app.Url);

        await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        await keygen.DeliveredAsync();
        await keygen.AdvanceAsync(System.TimeSpan.FromDays(3));

        var events = await Deliveries.AllAsync(keygen.Client);
        var unsent = events.Single(e => e.Endpoint == elsewhere.Url);
        Assert.Equal((WebhookEventStatus.Delivering, null, null), (unsent.Status, unsent.LastResponseCode, unsent.LastResponseBody));
        Assert.Single(app.Captured);
        Assert.Single(recorder.Of<KeygenEvent<Product>>(KeygenEvents.ProductCreated.Type.Value));
    }

    internal static void Record<TData>(AspNetCore.KeygenWebhookBuilder webhooks, Recorder recorder, KeygenEventKind<TData> kind) =>
        webhooks.On(kind, (keygenEvent, _) =>
        {
            recorder.Attempted();
            recorder.Handled(kind.Type.Value, keygenEvent);
            return Task.CompletedTask;
        });

    private static KeygenEvent<TData> Single<TData>(Recorder recorder, KeygenEventKind<TData> kind) =>
        Assert.Single(recorder.Of<KeygenEvent<TData>>(kind.Type.Value));
}
