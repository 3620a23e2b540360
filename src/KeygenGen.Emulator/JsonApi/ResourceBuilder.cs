using System;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Builds one JSON:API resource object in Keygen's shape: id, type, attributes, relationships, links.self (absent for
/// resources that are never stored, such as license files).
/// </summary>
internal sealed class ResourceBuilder
{
    private readonly string _type;
    private readonly Guid _id;
    private readonly string? _self;
    private readonly JsonObject _attributes = new();
    private readonly JsonObject _relationships = new();
    private JsonObject? _meta;

    public ResourceBuilder(string type, Guid id, string? self)
    {
        _type = type;
        _id = id;
        _self = self;
    }

    public ResourceBuilder Attribute(string name, JsonNode? value)
    {
        _attributes[name] = value;
        return this;
    }

    /// <summary>The <c>account</c> relationship every resource carries.</summary>
    public ResourceBuilder Account(Guid account) => ToOne("account", "accounts", account, Links.Account(account));

    /// <summary>A to-one relationship with linkage (<c>data: null</c> when <paramref name="id"/> is null) and a related link.</summary>
    public ResourceBuilder ToOne(string name, string type, Guid? id, string? related)
    {
        _relationships[name] = new JsonObject
        {
            ["links"] = new JsonObject { ["related"] = related },
            ["data"] = id is { } value ? new JsonObject { ["type"] = type, ["id"] = value.ToString() } : null,
        };
        return this;
    }

    /// <summary>A to-many relationship: only a related link, plus <paramref name="meta"/> where Keygen adds counts.</summary>
    public ResourceBuilder ToMany(string name, string related, JsonObject? meta = null)
    {
        var relationship = new JsonObject { ["links"] = new JsonObject { ["related"] = related } };
        if (meta is not null)
        {
            relationship["meta"] = meta;
        }

        _relationships[name] = relationship;
        return this;
    }

    public ResourceBuilder Meta(JsonObject meta)
    {
        _meta = meta;
        return this;
    }

    public JsonObject Build()
    {
        var resource = new JsonObject
        {
            ["id"] = _id.ToString(),
            ["type"] = _type,
            ["attributes"] = _attributes,
            ["relationships"] = _relationships,
        };
        if (_self is not null)
        {
            resource["links"] = new JsonObject { ["self"] = _self };
        }

        if (_meta is not null)
        {
            resource["meta"] = _meta;
        }

        return resource;
    }
}
