using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Webhooks.Tests.Support;
using Xunit;

namespace Keygen.Webhooks.Tests.EndToEnd;

/// <summary>A handler that fails answers 500; the emulator retries after Keygen's backoff, on its own clock, and the event is handled then.</summary>
public sealed class RetryTests
{
    private static readonly TimeSpan LongestFirstRetryDelay = TimeSpan.FromMinutes(100);

    [Fact]
    public async Task A_failing_handler_makes_Keygen_retry_and_the_retry_is_handled()
    {
        var calls = 0;
        License? handled = null;
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            webhooks.On(KeygenEvents.LicenseCreated, (keygenEvent, _) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    throw new InvalidOperationException("the CRM is down");
                }

                handled = keygenEvent.Data;
                return Task.CompletedTask;
            });
        });
        await keygen.SubscribeAsync(app.Url, WebhookEventType.LicenseCreated);
        var product = await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policy = await keygen.Client.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
        var license = await keygen.Client.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });

        await keygen.DeliveredAsync();
        var failing = await Deliveries.OfAsync(keygen.Client, WebhookEventType.LicenseCreated);
        await keygen.AdvanceAsync(LongestFirstRetryDelay);
        var delivered = await keygen.Client.WebhookEvents.GetAsync(failing.Id);

        Assert.Equal((WebhookEventStatus.Failing, 500, "handler failed"), (failing.Status, failing.LastResponseCode, failing.LastResponseBody));
        Assert.Equal((WebhookEventStatus.Delivered, 200, "handled"), (delivered.Status, delivered.LastResponseCode, delivered.LastResponseBody));
        Assert.Equal(2, calls);
        Assert.Equal(license.Id, handled!.Id);
        Assert.Equal(2, app.Captured.Count);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_is_tried_on_every_retry()
    {
        var calls = 0;
        await using var keygen = await KeygenBackend.StartAsync();
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            webhooks.On(KeygenEvents.ProductCreated, (_, _) =>
            {
                Interlocked.Increment(ref calls);
                throw new InvalidOperationException("still down");
            });
        });
        await keygen.SubscribeAsync(app.Url, WebhookEventType.ProductCreated);

        await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        await keygen.DeliveredAsync();
        await keygen.AdvanceAsync(LongestFirstRetryDelay);
        await keygen.AdvanceAsync(TimeSpan.FromSeconds(1) + LongestFirstRetryDelay);

        var failing = await Deliveries.OfAsync(keygen.Client, WebhookEventType.ProductCreated);
        Assert.Equal(3, calls);
        Assert.Equal((WebhookEventStatus.Failing, 500), (failing.Status, failing.LastResponseCode));
    }
}
