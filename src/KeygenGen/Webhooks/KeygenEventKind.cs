using System;
using System.Diagnostics.CodeAnalysis;
using Keygen.Signatures;

namespace Keygen.Webhooks;

/// <summary>
/// A webhook event type this SDK can read: its name, and how its payload becomes typed data. The generator emits one
/// per event declared in the schema, typed by the resource the event carries (<c>KeygenEvents.LicenseCreated</c> is a
/// <see cref="KeygenEventKind{TData}"/> of <c>License</c>).
/// </summary>
public abstract class KeygenEventKind
{
    private protected KeygenEventKind(WebhookEventType type)
    {
        if (string.IsNullOrEmpty(type.Value))
        {
            throw new ArgumentException("An event kind needs an event type.", nameof(type));
        }

        Type = type;
    }

    /// <summary>The event type, e.g. <c>license.created</c>.</summary>
    public WebhookEventType Type { get; }

    /// <summary>Whether <paramref name="delivery"/> is an event of this type.</summary>
    public bool Matches(KeygenWebhookEvent delivery) => delivery is not null && delivery.Type == Type;

    /// <inheritdoc />
    public override string ToString() => Type.Value;
}

/// <summary>A webhook event type whose payload reads as <typeparamref name="TData"/>.</summary>
/// <typeparam name="TData">The resource (or list of resources, or result object) the event carries.</typeparam>
public sealed class KeygenEventKind<TData> : KeygenEventKind
{
    private readonly KeygenPayloadReader<TData> _readPayload;

    /// <summary>Creates a kind; generated code does this for every event in the schema.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="readPayload">Reads the event's payload document (see <see cref="KeygenEventPayload"/>).</param>
    public KeygenEventKind(WebhookEventType type, KeygenPayloadReader<TData> readPayload)
        : base(type)
    {
        _readPayload = readPayload ?? throw new ArgumentNullException(nameof(readPayload));
    }

    /// <summary>Reads a delivery of this type.</summary>
    /// <param name="delivery">A verified (or parsed) delivery.</param>
    /// <exception cref="ArgumentException">The delivery is an event of another type.</exception>
    /// <exception cref="KeygenSignatureException">The payload is not the document this event type carries (<see cref="VerificationFailureReason.MalformedInput"/>).</exception>
    public KeygenEvent<TData> Read(KeygenWebhookEvent delivery)
    {
        if (delivery is null)
        {
            throw new ArgumentNullException(nameof(delivery));
        }

        if (!Matches(delivery))
        {
            throw new ArgumentException($"The delivery is a \"{delivery.EventType}\" event, not \"{Type}\".", nameof(delivery));
        }

        var payload = delivery.PayloadJson ?? throw KeygenEventPayload.Malformed(Type, "the event has none");
        return new KeygenEvent<TData>(delivery, _readPayload(Type, payload));
    }

    /// <summary>Reads <paramref name="delivery"/> when it is an event of this type.</summary>
    /// <param name="delivery">A verified (or parsed) delivery.</param>
    /// <param name="typed">The typed event, when the delivery is of this type.</param>
    /// <exception cref="KeygenSignatureException">The delivery is of this type, but its payload is not the document the type carries.</exception>
    public bool TryRead(KeygenWebhookEvent delivery, [NotNullWhen(true)] out KeygenEvent<TData>? typed)
    {
        typed = Matches(delivery) ? Read(delivery) : null;
        return typed is not null;
    }
}
