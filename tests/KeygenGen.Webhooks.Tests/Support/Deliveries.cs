using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>The webhook events the emulator recorded, as the SDK reads them.</summary>
internal static class Deliveries
{
    public static async Task<IReadOnlyList<WebhookEvent>> AllAsync(KeygenClient keygen)
    {
        var events = new List<WebhookEvent>();
        await foreach (var webhookEvent in keygen.WebhookEvents.ListAsync(new ListWebhookEventsRequest { PageSize = 100 }))
        {
            events.Add(webhookEvent);
        }

        return events;
    }

    public static async Task<WebhookEvent> OfAsync(KeygenClient keygen, WebhookEventType type) =>
        (await AllAsync(keygen)).Single(e => e.Event == type);
}
