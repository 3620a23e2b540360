using System;
using System.Collections.Generic;
using System.ComponentModel;
using Keygen.Serialization;
using Keygen.Signatures;

namespace Keygen.Webhooks;

/// <summary>
/// Payload readers for generated <see cref="KeygenEventKind{TData}"/>s: the event's document read with the generated reader
/// of the resource it carries. A payload of another shape is a <see cref="KeygenSignatureException"/> with
/// <see cref="VerificationFailureReason.MalformedInput"/>, never a raw JSON exception or a null that looks like data.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenEventPayload
{
    /// <summary>A payload whose <c>data</c> is one resource, e.g. the license of <c>license.created</c>.</summary>
    public static KeygenPayloadReader<T> Resource<T>(JsonValueReader<T> readResource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(readResource);
        return (type, payload) =>
            Parse<T, object>(type, payload, readResource, null, dataIsList: false).Single
            ?? throw Malformed(type, "its \"data\" is null or missing");
    }

    /// <summary>A payload whose <c>data</c> is a list, e.g. the license entitlements of <c>license.entitlements.attached</c>.</summary>
    public static KeygenPayloadReader<IReadOnlyList<T>> Resources<T>(JsonValueReader<T> readResource)
    {
        ArgumentNullException.ThrowIfNull(readResource);
        return (type, payload) =>
            Parse<T, object>(type, payload, readResource, null, dataIsList: true).List
            ?? throw Malformed(type, "its \"data\" is not a list");
    }

    /// <summary>
    /// A payload whose result is in <c>meta</c> with the resource in <c>data</c>, e.g. the validation result of
    /// <c>license.validation.succeeded</c>; <paramref name="combine"/> puts the resource into the result.
    /// </summary>
    public static KeygenPayloadReader<TResult> WithMeta<T, TMeta, TResult>(
        JsonValueReader<T> readResource, JsonValueReader<TMeta> readMeta, Func<T, TMeta, TResult> combine)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(readResource);
        ArgumentNullException.ThrowIfNull(readMeta);
        ArgumentNullException.ThrowIfNull(combine);
        return (type, payload) =>
        {
            var document = Parse(type, payload, readResource, readMeta, dataIsList: false);
            if (!document.HasMeta)
            {
                throw Malformed(type, "it has no \"meta\"");
            }

            // Keygen sends these events about a resource that exists: a null one is not the document promised.
            return combine(document.Single ?? throw Malformed(type, "its \"data\" is null"), document.Meta!);
        };
    }

    internal static KeygenSignatureException Malformed(WebhookEventType type, string why, Exception? inner = null) =>
        new(VerificationFailureReason.MalformedInput, $"The payload of the \"{type}\" event is not the document this event type carries: {why}.", inner);

    private static ParsedJsonApiDocument<T, TMeta> Parse<T, TMeta>(
        WebhookEventType type, ReadOnlySpan<byte> payload, JsonValueReader<T> readResource, JsonValueReader<TMeta>? readMeta, bool dataIsList)
    {
        try
        {
            var document = ParsedJsonApiDocument<T, TMeta>.Parse(payload, readResource, readMeta, dataIsList);
            return document.HasData ? document : throw Malformed(type, "it has no \"data\"");
        }
        catch (Exception exception) when (ParsedJsonApiDocument.IsMalformed(exception))
        {
            throw Malformed(type, exception.Message, exception);
        }
    }
}
