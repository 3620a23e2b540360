using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>keys</c> resource (a pooled license key) as Keygen serializes it (keygen-api.md §3 keys).</summary>
public static class PoolKeyDocuments
{
    public const string Id = "2c4e6a8b-1d3f-4a5c-8e7b-9d0f1a2b3c4e";
    public const string Key = "POOL-7F3A-91C2-4D8E";

    public static JsonObject Resource(string id = Id) =>
        new ResourceBuilder("keys", id, new JsonObject { ["key"] = Key })
        .ToOne("product", "products", ProductDocuments.Id)
        .ToOne("policy", "policies", PolicyDocuments.Id)
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(PoolKey key, string id = Id)
    {
        Assert.Equal(id, key.Id);
        Assert.Equal(Key, key.Key);
        Assert.Equal(KeygenAccount.CreatedAt, key.Created);
        Assert.Equal(KeygenAccount.UpdatedAt, key.Updated);
        Assert.Equal(ProductDocuments.Id, key.ProductId);
        Assert.Equal(PolicyDocuments.Id, key.PolicyId);
        Assert.Equal(KeygenAccount.Id, key.AccountId);
        Assert.Equal(ResourceBuilder.SelfLink("keys", id), key.SelfLink);
    }
}
