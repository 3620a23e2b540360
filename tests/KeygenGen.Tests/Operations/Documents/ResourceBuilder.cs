using System.Text.Json.Nodes;

namespace Keygen.Tests.Operations.Documents;

/// <summary>
/// Builds one resource object the way Keygen serializes it (keygen-api.md §1.3): lowerCamelCase attributes with
/// <c>created</c>/<c>updated</c>, the <c>account</c> and <c>environment</c> relationships, to-one relationships with
/// <c>data</c> linkage and <c>links.related</c>, to-many relationships with links only, and <c>links.self</c>.
/// </summary>
public sealed class ResourceBuilder
{
    private readonly string _type;
    private readonly string _id;
    private readonly string _self;
    private readonly JsonObject _attributes;
    private readonly JsonObject _relationships;
    private JsonObject? _meta;

    public ResourceBuilder(string type, string id, JsonObject attributes)
    {
        _type = type;
        _id = id;
        _self = $"{KeygenAccount.Path}/{type}/{id}";
        _attributes = attributes;
        _attributes["created"] = KeygenAccount.Created;
        _attributes["updated"] = KeygenAccount.Updated;
        _relationships = new JsonObject
        {
            ["account"] = new JsonObject
            {
                ["links"] = new JsonObject { ["related"] = KeygenAccount.Path },
                ["data"] = Identifier("accounts", KeygenAccount.Id),
            },
            ["environment"] = new JsonObject { ["links"] = new JsonObject { ["related"] = null }, ["data"] = null },
        };
    }

    public ResourceBuilder ToOne(string name, string type, string? id)
    {
        _relationships[name] = new JsonObject
        {
            ["links"] = new JsonObject { ["related"] = $"{_self}/{name}" },
            ["data"] = id is null ? null : Identifier(type, id),
        };
        return this;
    }

    public ResourceBuilder ToMany(string name, JsonObject? meta = null)
    {
        var relationship = new JsonObject { ["links"] = new JsonObject { ["related"] = $"{_self}/{name}" } };
        if (meta is not null)
        {
            relationship["meta"] = meta;
        }

        _relationships[name] = relationship;
        return this;
    }

    /// <summary>The resource object's own <c>meta</c> (e.g. a webhook event's idempotency token).</summary>
    public ResourceBuilder Meta(JsonObject meta)
    {
        _meta = meta;
        return this;
    }

    public JsonObject Build()
    {
        var resource = new JsonObject
        {
            ["id"] = _id,
            ["type"] = _type,
            ["attributes"] = _attributes,
            ["relationships"] = _relationships,
            ["links"] = new JsonObject { ["self"] = _self },
        };
        if (_meta is not null)
        {
            resource["meta"] = _meta;
        }

        return resource;
    }

    /// <summary>The path Keygen puts in <c>links.self</c> for a resource of <paramref name="type"/>.</summary>
    public static string SelfLink(string type, string id) => $"{KeygenAccount.Path}/{type}/{id}";

    private static JsonObject Identifier(string type, string id) => new() { ["type"] = type, ["id"] = id };
}
