using Keygen.Signatures;

namespace Keygen.Webhooks;

/// <summary>A webhook event read with its <see cref="KeygenEventKind{TData}"/>: the delivery and its payload, typed.</summary>
/// <typeparam name="TData">What the event carries, e.g. the <c>License</c> of <c>license.created</c>.</typeparam>
public sealed class KeygenEvent<TData>
{
    internal KeygenEvent(KeygenWebhookEvent delivery, TData data)
    {
        Delivery = delivery;
        Data = data;
    }

    /// <summary>The webhook event id; a retried delivery has a new one (see <see cref="IdempotencyToken"/>).</summary>
    public string Id => Delivery.Id;

    /// <summary>The event type, e.g. <c>license.created</c>.</summary>
    public WebhookEventType Type => Delivery.Type;

    /// <summary>The same for every delivery of one event, retries included: process each token once.</summary>
    public string? IdempotencyToken => Delivery.IdempotencyToken;

    /// <summary>The resource (or resources, or result) the event is about, as it was when the event happened.</summary>
    public TData Data { get; }

    /// <summary>The delivery as received, with the untyped payload and the whole document.</summary>
    public KeygenWebhookEvent Delivery { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type} {Id}";
}
