using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Logs;

/// <summary>Request and event logs reflect the calls this test makes and the events they cause.</summary>
public sealed class LogOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("requestLogs.list", "requestLogs.get")]
    public Task A_request_is_logged_with_its_answer_and_without_secrets() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync($"Logged {Guid.NewGuid():N}");

        var listed = await Keygen.RequestLogs.ListAsync(new ListRequestLogsRequest { ResourceId = product.Id }).ToListAsync();
        var summary = Assert.Single(listed);
        var log = await Keygen.RequestLogs.GetAsync(summary.Id);

        Assert.Equal(("POST", "201", "products"), (summary.Method, summary.Status, summary.ResourceType));
        Assert.EndsWith("/products", summary.Url, StringComparison.Ordinal);
        Assert.Null(summary.ResponseBody); // lists leave the bodies out
        Assert.Contains(product.Name, log.RequestBody, StringComparison.Ordinal);
        Assert.Contains(product.Id, log.ResponseBody, StringComparison.Ordinal);
        Assert.NotNull(log.ResponseSignature);
        Assert.Equal("[FILTERED]", log.RequestHeaders!["authorization"]!.GetValue<string>());
        Assert.DoesNotContain(Emulator.Emulator.AdminToken, log.RequestHeaders.ToJsonString(), StringComparison.Ordinal);

        var failed = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetAsync(Guid.NewGuid().ToString()));
        var errorLog = await Keygen.RequestLogs.GetAsync(failed.RequestId!);
        Assert.Equal(("GET", "404"), (errorLog.Method, errorLog.Status));
    });

    [Fact]
    [Covers("eventLogs.list", "eventLogs.get")]
    public Task Each_change_is_logged_as_an_event_about_its_resource_by_its_bearer() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync();
        await Keygen.Products.UpdateAsync(product.Id, new UpdateProductRequest { Name = "Renamed" });

        var events = await Keygen.EventLogs.ListAsync(new ListEventLogsRequest { ResourceId = product.Id, Order = SortOrder.Asc }).ToListAsync();
        var updated = await Keygen.EventLogs.GetAsync(events[1].Id);
        var byType = await Keygen.EventLogs.ListAsync(new ListEventLogsRequest { Event = WebhookEventType.ProductUpdated }).ToListAsync();

        Assert.Equal([WebhookEventType.ProductCreated, WebhookEventType.ProductUpdated], events.Select(e => e.Event));
        Assert.Equal(("products", product.Id), (updated.ResourceType, updated.ResourceId));
        Assert.Equal("users", updated.WhodunnitType);
        Assert.NotNull(updated.RequestId);
        Assert.Equal("PATCH", (await Keygen.RequestLogs.GetAsync(updated.RequestId!)).Method);
        Assert.Contains(byType, e => e.Id == updated.Id);
        Assert.DoesNotContain(byType, e => e.Id == events[0].Id);
    });
}
