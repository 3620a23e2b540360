using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations;

/// <summary>addProduct, getSingleProduct, updateProduct, listProducts, deleteProduct.</summary>
public sealed class ProductOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("products.create", "products.get", "products.update", "products.list", "products.delete")]
    public Task A_product_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var created = await Keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio", Url = "https://studio.example.com", Platforms = ["linux", "windows"] });
        var read = await Keygen.Products.GetAsync(created.Id);

        Assert.Equal("Studio", read.Name);
        Assert.Equal("https://studio.example.com", read.Url);
        Assert.Equal(["linux", "windows"], read.Platforms!);
        Assert.Equal(Emulator.Emulator.AccountId, read.AccountId);

        var updated = await Keygen.Products.UpdateAsync(created.Id, new UpdateProductRequest { Name = "Studio 2", Url = null });
        var reread = await Keygen.Products.GetAsync(created.Id);

        Assert.Equal("Studio 2", updated.Name);
        Assert.Equal("Studio 2", reread.Name);
        Assert.Null(reread.Url);
        Assert.True(reread.Updated >= read.Updated);

        var listed = await Keygen.Products.ListAsync().ToListAsync();
        Assert.Contains(listed, p => p.Id == created.Id && p.Name == "Studio 2");

        await Keygen.Products.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetAsync(created.Id));
        Assert.Equal(404, gone.StatusCode);
        Assert.Equal("NOT_FOUND", gone.Code);
        Assert.DoesNotContain(await Keygen.Products.ListAsync().ToListAsync(), p => p.Id == created.Id);
    });
}
