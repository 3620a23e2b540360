using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Webhooks.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.Webhooks.Tests.Load;

/// <summary>
/// A thousand events delivered in parallel to one app: every one handled exactly once (counted by license id), every
/// delivery recorded as delivered, and redeliveries of the same events all recognised as duplicates.
/// </summary>
public sealed class ParallelDeliveryTests(ITestOutputHelper output)
{
    private const int Events = 1000;
    private const int Redeliveries = 200;
    private const int ClientWorkers = 16;

    [Fact]
    public async Task A_thousand_parallel_deliveries_are_each_handled_once()
    {
        var handled = new ConcurrentDictionary<string, int>();
        var inFlight = 0;
        var mostInFlight = 0;
        await using var keygen = await KeygenBackend.StartAsync(rateLimitPerMinute: 0);
        await using var app = await WebhookApp.StartAsync(keygen, webhooks =>
        {
            webhooks.On(KeygenEvents.LicenseCreated, async (keygenEvent, cancellationToken) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                await Task.Yield();
                handled.AddOrUpdate(keygenEvent.Data.Id, 1, (_, count) => count + 1);
                Interlocked.Decrement(ref inFlight);
            });
        });
        await keygen.SubscribeAsync(app.Url, WebhookEventType.LicenseCreated);
        var product = await keygen.Client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        var policy = await keygen.Client.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
        var licenses = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Events), new ParallelOptions { MaxDegreeOfParallelism = ClientWorkers }, async (_, cancellationToken) =>
            licenses.Add((await keygen.Client.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id }, cancellationToken)).Id));
        var createdIn = clock.Elapsed;
        await keygen.DeliveredAsync();
        var deliveredIn = clock.Elapsed;

        var events = await Deliveries.AllAsync(keygen.Client);
        Assert.Equal(Events, events.Count);
        Assert.All(events, e => Assert.Equal((WebhookEventStatus.Delivered, "handled"), (e.Status, e.LastResponseBody)));
        Assert.Equal(licenses.Order(StringComparer.Ordinal), handled.Keys.Order(StringComparer.Ordinal));
        Assert.All(handled.Values, count => Assert.Equal(1, count));
        Assert.True(mostInFlight > 1, "The deliveries were not handled in parallel.");

        // The same events again, all at once: every one is a duplicate and nothing is handled twice.
        var retried = await Task.WhenAll(events.Take(Redeliveries).Select(e => keygen.Client.WebhookEvents.RetryAsync(e.Id)));
        await keygen.DeliveredAsync();
        var redelivered = await Task.WhenAll(retried.Select(e => keygen.Client.WebhookEvents.GetAsync(e.Id)));

        Assert.All(redelivered, e => Assert.Equal((WebhookEventStatus.Delivered, "duplicate"), (e.Status, e.LastResponseBody)));
        Assert.Equal(Events, handled.Count);
        Assert.All(handled.Values, count => Assert.Equal(1, count));
        Assert.Equal(Events + Redeliveries, app.Captured.Count);
        output.WriteLine($"{Events} licenses created in {createdIn.TotalSeconds:F1} s, their events all delivered after {deliveredIn.TotalSeconds:F1} s; at most {mostInFlight} handlers ran at once.");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
