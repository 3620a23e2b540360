using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// A stored resource of the emulator, seen from a test: its type and id, and its JSON:API resource object as an admin
/// would read it now (<see cref="Document"/>). Returned by <see cref="AccountData"/>'s seeding and listing methods,
/// and accepted wherever a seeded attribute names a relationship (<c>["license"] = license</c>).
/// </summary>
public sealed class DataRecord : IEquatable<DataRecord>
{
    private readonly AccountState _account;
    private readonly AccountData? _owner;
    private readonly ResourceRenderers _renderers;
    private string? _type;

    /// <remarks>For account-less rows such as plans, <paramref name="account"/> is any account: it only renders them.</remarks>
    internal DataRecord(AccountState account, AccountData? owner, ResourceRenderers renderers, Entity row)
    {
        _account = account;
        _owner = owner;
        _renderers = renderers;
        Row = row;
    }

    /// <summary>The JSON:API type, e.g. <c>licenses</c>.</summary>
    public string Type => _type ??= Document["type"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The resource's id (a UUID).</summary>
    public string Id => Row.Id.ToString();

    /// <summary>The environment code the resource lives in; null for a global one.</summary>
    public string? Environment => Row.Environment?.Code;

    /// <summary>The resource object (<c>type</c>, <c>id</c>, <c>attributes</c>, <c>relationships</c>, <c>links</c>), rendered now.</summary>
    public JsonObject Document
    {
        get
        {
            lock (_account.Sync)
            {
                return _renderers.Render(Row, new RenderContext(_account, _account.Now));
            }
        }
    }

    internal Entity Row { get; }

    /// <summary>
    /// An attribute as the API shows it, named in any case (<c>last_validated</c>, <c>lastValidated</c>). A column name
    /// works too: <c>…At</c> reads the attribute without it (<c>lastValidatedAt</c>), <c>…Id</c> the related id
    /// (<c>policyId</c>), <c>id</c> the id, and a column shown in the resource's <c>meta</c> its value there
    /// (<c>idempotencyToken</c>). Null when the resource has no such attribute.
    /// </summary>
    public JsonNode? this[string attribute] => Read(Document, attribute);

    /// <summary>The resource a to-one relationship links (<c>policy</c>, <c>owner</c>, …); null when it links none.</summary>
    public DataRecord? Related(string relationship)
    {
        var linkage = Document["relationships"]?[KeyCase.ToCamel(relationship)]?["data"] as JsonObject;
        return linkage is null || _owner is null ? null : _owner.Find(linkage["type"]!.GetValue<string>(), linkage["id"]!.GetValue<string>());
    }

    /// <summary>The same stored resource.</summary>
    public bool Equals(DataRecord? other) => other is not null && other.Row.Id == Row.Id && other.Row.GetType() == Row.GetType();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DataRecord other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Row.Id.GetHashCode();

    /// <summary>The type and id, e.g. <c>licenses 9f…</c>.</summary>
    public override string ToString() => $"{Type} {Id}";

    /// <summary>Reads an attribute of a rendered resource object the way <see cref="this[string]"/> explains.</summary>
    public static JsonNode? Read(JsonObject resource, string attribute)
    {
        var name = KeyCase.ToCamel(attribute);
        if (name == "id")
        {
            return resource["id"]?.DeepClone();
        }

        var attributes = resource["attributes"] as JsonObject;
        if (attributes is not null && attributes.TryGetPropertyValue(name, out var value))
        {
            return value?.DeepClone();
        }

        if (name.EndsWith("At", StringComparison.Ordinal) && attributes is not null && attributes.TryGetPropertyValue(name[..^2], out var time))
        {
            return time?.DeepClone();
        }

        var relationships = resource["relationships"] as JsonObject;
        if (name.EndsWith("Id", StringComparison.Ordinal) && relationships?[name[..^2]] is JsonObject relationship)
        {
            return relationship["data"]?["id"]?.DeepClone();
        }

        // A column the API shows in the resource's meta instead (a webhook event's idempotency token).
        return resource["meta"] is JsonObject meta && meta.TryGetPropertyValue(name, out var shown) ? shown?.DeepClone() : null;
    }
}
