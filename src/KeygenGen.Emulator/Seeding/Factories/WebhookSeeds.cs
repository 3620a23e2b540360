using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:webhook_endpoint</c> factory: an endpoint at a random <c>https://….example</c> URL, subscribed to every event.</summary>
internal sealed class WebhookEndpointSeed : SeedFactory<WebhookEndpoint>
{
    public override string Type => "webhook-endpoints";

    protected override ColumnSetters<WebhookEndpoint> Columns { get; } = new("webhook-endpoints")
    {
        ["url"] = (_, e, v) => e.Url = v.RequiredString(),
        ["subscriptions"] = (_, e, v) => e.Subscriptions = v.Strings() ?? ["*"],
        ["apiVersion"] = (_, e, v) => e.ApiVersion = v.RequiredString(),
        ["signatureAlgorithm"] = (_, e, v) => e.SignatureAlgorithm = v.RequiredString(),
        ["product"] = (b, e, v) => e.Product = b.Context.Resolve<Product>(v),
    };

    public override Entity Create(SeedBuild build) => Store(build, new WebhookEndpoint(
        SeedNames.Id(build), build.Now, build.Take("url")?.String() ?? $"https://{SeedNames.Hex(16)}.example", build.Account.Account.ApiVersion));

    public override bool Remove(AccountState account, Entity row) => account.Table<WebhookEndpoint>().Remove((WebhookEndpoint)row);
}

/// <summary>Keygen's <c>:webhook_event</c> factory: a delivering event of a test event type with an empty payload, to a new endpoint.</summary>
internal sealed class WebhookEventSeed : SeedFactory<WebhookEvent>
{
    public override string Type => "webhook-events";

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>();

    protected override ColumnSetters<WebhookEvent> Columns { get; } = new("webhook-events")
    {
        ["status"] = (_, e, v) => e.Status = v.RequiredString(),
        ["lastResponseCode"] = (_, e, v) => e.LastResponseCode = v.Int(),
        ["lastResponseBody"] = (_, e, v) => e.LastResponseBody = v.String(),
        ["jid"] = (_, _, _) => { },
    };

    public override Entity Create(SeedBuild build)
    {
        var url = build.Take("endpoint")?.String() ?? $"https://{SeedNames.Hex(8)}.example/webhooks";
        var endpoint = build.Ref("webhookEndpoint", () => (WebhookEndpoint)build.Context.Create(
            "webhook-endpoint", [], MachineSeed.With("url", url), EnvironmentChoice.Of(build.Environment)));
        var webhookEvent = new WebhookEvent(
            SeedNames.Id(build),
            build.Now,
            endpoint,
            build.Take("event")?.String() ?? "test.event." + SeedNames.Hex(8),
            build.Take("payload")?.String() ?? "{}",
            build.Take("idempotencyToken")?.String() ?? SeedNames.Hex(32));
        return Store(build, webhookEvent);
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<WebhookEvent>().Remove((WebhookEvent)row);
}
