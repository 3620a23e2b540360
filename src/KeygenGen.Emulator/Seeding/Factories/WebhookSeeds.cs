using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
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

/// <summary>
/// Keygen's <c>:webhook_event</c> factory: a delivering event of a test event type with an empty payload, addressed to
/// an <c>endpoint</c> URL (Faker's, plain http) with an endpoint built at that URL. Saving the event saves that endpoint
/// only when it is valid (an https URL); otherwise the event is stored without one, as Rails' belongs_to autosave does.
/// </summary>
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
        ["endpoint"] = (_, e, v) => e.EndpointUrl = v.RequiredString(),
    };

    public override Entity Create(SeedBuild build)
    {
        var url = build.Take("endpoint")?.String() ?? $"http://{SeedNames.Hex(8)}.example/webhooks";
        var endpoint = build.Ref<WebhookEndpoint>("webhookEndpoint") ?? (UrlRules.IsValid(url, "https")
            ? (WebhookEndpoint)build.Context.Create("webhook-endpoint", [], MachineSeed.With("url", url), EnvironmentChoice.Of(build.Environment))
            : null);
        var webhookEvent = new WebhookEvent(
            SeedNames.Id(build),
            build.Now,
            endpoint,
            url,
            endpoint?.ApiVersion ?? build.Account.Account.ApiVersion,
            build.Take("event")?.String() ?? "test.event." + SeedNames.Hex(8),
            build.Take("payload")?.String() ?? "{}",
            build.Take("idempotencyToken")?.String() ?? SeedNames.Hex(32));
        return Store(build, webhookEvent);
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<WebhookEvent>().Remove((WebhookEvent)row);
}
