using System.Text.Json.Nodes;
using Xunit;

namespace Keygen.Tests.Operations.Documents;

/// <summary>A <c>products</c> resource as Keygen serializes it (keygen-api.md §3 products).</summary>
public static class ProductDocuments
{
    public const string Id = "4f2a9c1e-0b7d-4c55-9a1e-6d3b8e2f7a10";

    public static JsonObject Resource(string id = Id) =>
        new ResourceBuilder("products", id, new JsonObject
        {
            ["name"] = "Studio",
            ["code"] = "studio",
            ["distributionStrategy"] = "LICENSED",
            ["url"] = "https://studio.example.com",
            ["platforms"] = new JsonArray("Windows", "macOS"),
            ["permissions"] = new JsonArray("license.read", "license.validate"),
            ["metadata"] = new JsonObject { ["tier"] = "desktop" },
        })
        .ToMany("policies").ToMany("licenses").ToMany("machines").ToMany("users").ToMany("tokens")
        .ToMany("platforms").ToMany("channels").ToMany("releases").ToMany("artifacts")
        .Build();

    public static string Document() => JsonApiDocument.Single(Resource());

    public static void AssertMapped(Product product, string id = Id)
    {
        Assert.Equal(id, product.Id);
        Assert.Equal("Studio", product.Name);
        Assert.Equal("studio", product.Code);
        Assert.Equal(DistributionStrategy.Licensed, product.DistributionStrategy);
        Assert.Equal("https://studio.example.com", product.Url);
        Assert.Equal(["Windows", "macOS"], product.Platforms);
        Assert.Equal([Permission.LicenseRead, Permission.LicenseValidate], product.Permissions);
        Assert.Equal("desktop", (string?)product.Metadata["tier"]);
        Assert.Equal(KeygenAccount.CreatedAt, product.Created);
        Assert.Equal(KeygenAccount.UpdatedAt, product.Updated);
        Assert.Equal(KeygenAccount.Id, product.AccountId);
        Assert.Null(product.EnvironmentId);
        Assert.Equal(ResourceBuilder.SelfLink("products", id), product.SelfLink);
    }
}
