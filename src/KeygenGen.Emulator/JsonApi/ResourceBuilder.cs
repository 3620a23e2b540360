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
    private readonly string _linkName;
    private readonly string? _link;
    private readonly JsonObject _attributes = new();
    private readonly JsonObject _relationships = new();
    private JsonObject? _meta;

    public ResourceBuilder(string type, Guid id, string? self)
        : this(type, id, "self", self)
    {
    }

    private ResourceBuilder(string type, Guid id, string linkName, string? link)
    {
        _type = type;
        _id = id;
        _linkName = linkName;
        _link = link;
    }

    /// <summary>
    /// A join resource (e.g. <c>policy-entitlements</c>): it has no URL of its own, so Keygen links it to the
    /// attached resource as seen from its parent with <c>links.related</c> instead of <c>links.self</c>.
    /// </summary>
    public static ResourceBuilder Join(string type, Guid id, string related) => new(type, id, "related", related);

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
        _relationships[name] = ToOneRelationship(type, id, related);
        return this;
    }

    public static JsonObject ToOneRelationship(string type, Guid? id, string? related) => new()
    {
        ["links"] = new JsonObject { ["related"] = related },
        ["data"] = id is { } value ? new JsonObject { ["type"] = type, ["id"] = value.ToString() } : null,
    };

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
        if (_link is not null)
        {
            resource["links"] = new JsonObject { [_linkName] = _link };
        }

        if (_meta is not null)
        {
            resource["meta"] = _meta;
        }

        return resource;
    }
}
