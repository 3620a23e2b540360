using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Keygen.Serialization;

/// <summary>Serializes request documents for generated clients, straight to UTF-8 with no reflection.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonApiBody
{
    /// <summary>Runs <paramref name="write"/> over a fresh writer and returns the UTF-8 bytes.</summary>
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The body of a to-one relationship change: <c>{"data": {"type", "id"}}</c>, or <c>{"data": null}</c>.</summary>
    public static byte[] ToOne(string type, string? id) => Write((type, id), static (writer, linkage) =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        if (linkage.id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteIdentifier(writer, linkage.type, linkage.id);
        }

        writer.WriteEndObject();
    });

    /// <summary>The body of an attach or detach: <c>{"data": [{"type", "id"}, …]}</c>.</summary>
    public static byte[] ToMany(string type, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Write((type, ids), static (writer, linkage) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            writer.WriteStartArray();
            foreach (var id in linkage.ids)
            {
                WriteIdentifier(writer, linkage.type, id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// The body that creates several resources at once: <c>{"data": [{type, attributes, relationships}, …]}</c>,
    /// each resource object written by <paramref name="writeResource"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static byte[] CreateMany<T>(
        IEnumerable<T> items, Action<Utf8JsonWriter, T> writeResource, [CallerArgumentExpression(nameof(items))] string name = "items")
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        return Write((items, writeResource, name), static (writer, body) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            WriteResources(writer, body.items, body.writeResource, body.name);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes <c>"name": {"data": [{type, attributes, relationships}, …]}</c>: a relationship whose new resources
    /// are created inline with their parent (an environment's admins, a machine's components).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null (a required list left unset).</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static void WriteInline<T>(Utf8JsonWriter writer, string relationship, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeResource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, relationship);
        writer.WritePropertyName(relationship);
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        WriteResources(writer, items, writeResource, relationship);
        writer.WriteEndObject();
    }

    private static void WriteResources<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeResource, string name)
        where T : class
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            // A null item would otherwise be a half-written document or a NullReferenceException deep in a writer.
            writeResource(writer, item ?? throw new ArgumentException($"The '{name}' list contains null; every item must be set.", name));
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a resource identifier object <c>{"type": …, "id": …}</c>.</summary>
    public static void WriteIdentifier(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, type);
        writer.WriteString("id"u8, id);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The type of a linkage that may point at several resource types (a token's bearer): without it Keygen cannot tell
    /// what the id names, so a request that sets the id alone is refused here, before anything is sent.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null or empty.</exception>
    public static string LinkageType(string? type, string typeProperty, string idProperty) =>
        type is null or ""
            ? throw new ArgumentException($"{typeProperty} must be set along with {idProperty}: it names the JSON:API type the id belongs to (e.g. \"users\").", typeProperty)
            : type;

    /// <summary>Writes <c>"name": {"data": {"type": …, "id": …}}</c> (or <c>"data": null</c>).</summary>
    public static void WriteToOne(Utf8JsonWriter writer, string relationship, string type, string? id)
    {
        writer.WritePropertyName(relationship);
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        if (id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteIdentifier(writer, type, id);
        }

        writer.WriteEndObject();
    }
}
