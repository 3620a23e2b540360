using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Tokens;

/// <summary>Listing tokens (with bearer filters, and as a bearer that sees only its own) and regenerating the current token.</summary>
public sealed class TokenListOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("tokens.list")]
    public Task The_admin_lists_tokens_by_bearer_and_a_product_sees_only_its_own() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync();
        var productToken = await Keygen.Products.GenerateTokenAsync(product.Id);
        var license = await Keygen.LicenseAsync();
        var licenseToken = await Keygen.Licenses.GenerateTokenAsync(license.Id);

        var all = await Keygen.Tokens.ListAsync().ToListAsync();
        var ofProducts = await Keygen.Tokens.ListAsync(new ListTokensRequest { BearerType = BearerType.Products }).ToListAsync();
        var ofLicense = await Keygen.Tokens.ListAsync(new ListTokensRequest { BearerType = BearerType.Licenses, BearerId = license.Id }).ToListAsync();
        using var asProduct = Keygen.WithAuth(KeygenAuth.Bearer(productToken.Token!));
        var ownOnly = await asProduct.Tokens.ListAsync().ToListAsync();

        Assert.Contains(all, t => t.Id == productToken.Id);
        Assert.Contains(all, t => t.Id == licenseToken.Id);
        Assert.Contains(all, t => t.Kind == TokenKind.AdminToken); // the fixture's own token
        Assert.All(ofProducts, t => Assert.Equal("products", t.BearerType));
        Assert.Contains(ofProducts, t => t.Id == productToken.Id);
        Assert.Equal([licenseToken.Id], ofLicense.Select(t => t.Id));
        Assert.Equal([productToken.Id], ownOnly.Select(t => t.Id));
        Assert.All(all, t => Assert.Null(t.Token)); // listing never shows secrets
    });

    [Fact]
    [Covers("tokens.regenerateCurrent")]
    public Task Regenerating_the_current_token_replaces_its_secret_and_keeps_its_id() => CoveringAsync(async () =>
    {
        var product = await Keygen.ProductAsync();
        var issued = await Keygen.Products.GenerateTokenAsync(product.Id);
        using var before = Keygen.WithAuth(KeygenAuth.Bearer(issued.Token!));

#pragma warning disable CS0618 // PUT /tokens is deprecated in favour of PUT /tokens/{id}; it must still regenerate the caller's token.
        var regenerated = await before.Tokens.RegenerateCurrentAsync();
#pragma warning restore CS0618
        var old = await Assert.ThrowsAsync<KeygenApiException>(() => before.Tokens.ListAsync().ToListAsync().AsTask());
        using var after = Keygen.WithAuth(KeygenAuth.Bearer(regenerated.Token!));
        var stillListed = await after.Tokens.ListAsync().ToListAsync();

        Assert.Equal((issued.Id, product.Id), (regenerated.Id, regenerated.BearerId));
        Assert.NotEqual(issued.Token, regenerated.Token);
        Assert.Equal((401, "TOKEN_INVALID"), (old.StatusCode, old.Code));
        Assert.Equal([issued.Id], stillListed.Select(t => t.Id));
    });
}
