using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>products.create, update, list (addProduct, updateProduct, listProducts). Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class ProductsOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_posts_the_attributes_that_are_set()
    {
        Reply(201, ProductDocuments.Document());

        Product product = await Keygen.Products.CreateAsync(new CreateProductRequest
        {
            Name = "Studio",
            Code = "studio",
            DistributionStrategy = DistributionStrategy.Licensed,
            Platforms = ["Windows", "macOS"],
            Metadata = new JsonObject { ["tier"] = "desktop" },
        });

        Expect("POST", $"{Acme}/products", body: """
            {"data":{"type":"products","attributes":{
              "name":"Studio","code":"studio","distributionStrategy":"LICENSED","platforms":["Windows","macOS"],"metadata":{"tier":"desktop"}},
              "relationships":{}}}
            """);
        ProductDocuments.AssertMapped(product);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_clears_what_is_set_to_null()
    {
        Reply(200, ProductDocuments.Document());

        Product product = await Keygen.Products.UpdateAsync(ProductDocuments.Id, new UpdateProductRequest { Name = "Studio", Url = null });

        Expect("PATCH", $"{Acme}/products/{ProductDocuments.Id}", body: """
            {"data":{"type":"products","attributes":{"name":"Studio","url":null}}}
            """);
        ProductDocuments.AssertMapped(product);
    }

    [Fact]
    public async Task List_requests_a_cursor_page_and_reads_items_and_links()
    {
        const string second = "4f2a9c1e-0b7d-4c55-9a1e-6d3b8e2f7a11";
        string next = $"{KeygenAccount.Path}/products?order=asc&page%5Bcursor%5D={second}&page%5Bsize%5D=2";
        Reply(200, JsonApiDocument.List([ProductDocuments.Resource(), ProductDocuments.Resource(second)], $"{KeygenAccount.Path}/products?order=asc&page%5Bcursor%5D=&page%5Bsize%5D=2", next));

        KeygenPage<Product> page = await Keygen.Products.ListPageAsync(new ListProductsRequest { Order = SortOrder.Asc, PageSize = 2 });

        Expect("GET", $"{Acme}/products", query: [("order", "asc"), ("page[size]", "2"), ("page[cursor]", "")]);
        Assert.Equal(2, page.Data.Count);
        ProductDocuments.AssertMapped(page.Data[0]);
        ProductDocuments.AssertMapped(page.Data[1], second);
        Assert.Equal(next, page.Links.Next);
    }
}
