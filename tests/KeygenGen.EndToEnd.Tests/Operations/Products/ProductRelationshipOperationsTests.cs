using System;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Products;

/// <summary>A product's relationships: its policies, licenses, machines, users and product tokens.</summary>
public sealed class ProductRelationshipOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("products.listPolicies", "products.getPolicy", "products.listLicenses", "products.getLicense", "products.listMachines", "products.getMachine")]
    public Task A_product_lists_and_finds_only_its_own_policies_licenses_and_machines() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => { p.Floating = true; p.MaxMachines = 2; });
        var productId = license.ProductId!;
        var second = await Keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Second", ProductId = productId });
        var secondLicense = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = second.Id });
        var machine = await Keygen.ActivateAsync(license.Id, "fp-product");
        var foreign = await Keygen.LicenseAsync();
        var foreignMachine = await Keygen.ActivateAsync(foreign.Id, "fp-foreign");

        var policies = await Keygen.Products.ListPoliciesAsync(productId).ToListAsync();
        var policy = await Keygen.Products.GetPolicyAsync(productId, second.Id);
        var notItsPolicy = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetPolicyAsync(productId, foreign.PolicyId!));
        var licenses = await Keygen.Products.ListLicensesAsync(productId).ToListAsync();
        var ofSecond = await Keygen.Products.ListLicensesAsync(productId, new ListProductLicensesRequest { Policy = second.Id }).ToListAsync();
        var byKey = await Keygen.Products.GetLicenseAsync(productId, license.Key);
        var machines = await Keygen.Products.ListMachinesAsync(productId).ToListAsync();
        var byFingerprint = await Keygen.Products.GetMachineAsync(productId, "fp-product");
        var notItsMachine = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetMachineAsync(productId, foreignMachine.Id));

        Assert.Equal(new[] { license.PolicyId, second.Id }.Order(), policies.Select(p => p.Id).Order());
        Assert.Equal(("Second", productId), (policy.Name, policy.ProductId));
        Assert.Equal(404, notItsPolicy.StatusCode);
        Assert.Equal(new[] { license.Id, secondLicense.Id }.Order(), licenses.Select(l => l.Id).Order());
        Assert.Equal([secondLicense.Id], ofSecond.Select(l => l.Id));
        Assert.Equal(license.Id, byKey.Id);
        Assert.Equal([machine.Id], machines.Select(m => m.Id));
        Assert.Equal((machine.Id, productId), (byFingerprint.Id, byFingerprint.ProductId));
        Assert.Equal(404, notItsMachine.StatusCode);
    });

    [Fact]
    [Covers("products.generateToken", "products.listTokens", "products.getToken")]
    public Task A_product_token_sees_only_its_own_products_licenses() => CoveringAsync(async () =>
    {
        var own = await Keygen.LicenseAsync();
        var foreign = await Keygen.LicenseAsync();
        var productId = own.ProductId!;

        var generated = await Keygen.Products.GenerateTokenAsync(productId, new GenerateProductTokenRequest { Name = "Storefront" });
        var tokens = await Keygen.Products.ListTokensAsync(productId).ToListAsync();
        var read = await Keygen.Products.GetTokenAsync(productId, generated.Id);
        var notItsToken = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetTokenAsync(foreign.ProductId!, generated.Id));
        using var storefront = Keygen.WithAuth(KeygenAuth.Bearer(generated.Token!));
        var visible = await storefront.Licenses.ListAsync().ToListAsync();
        var hidden = await Assert.ThrowsAsync<KeygenApiException>(() => storefront.Licenses.GetAsync(foreign.Id));

        Assert.Equal(TokenKind.ProductToken, generated.Kind);
        Assert.Equal((productId, "products"), (generated.BearerId, generated.BearerType));
        Assert.Equal([generated.Id], tokens.Select(t => t.Id));
        Assert.Equal(("Storefront", TokenKind.ProductToken), (read.Name, read.Kind));
        Assert.Null(read.Token); // the secret is shown once, when it is made
        Assert.Equal(404, notItsToken.StatusCode);
        Assert.Equal([own.Id], visible.Select(l => l.Id));
        Assert.Equal(404, hidden.StatusCode);
    });

    [Fact]
    [Covers("products.listUsers", "products.getUser")]
    public Task A_products_users_are_the_owners_and_users_of_its_licenses_with_the_user_role_unless_asked() => CoveringAsync(async () =>
    {
        var owner = await Keygen.UserAsync();
        var attached = await Keygen.UserAsync();
        var outsider = await Keygen.UserAsync();
        var developer = await Keygen.Users.CreateAsync(new CreateUserRequest { Email = $"dev-{Guid.NewGuid():N}@example.com", Role = UserRole.Developer });
        var license = await Keygen.LicenseAsync(license: l => l.OwnerId = owner.Id);
        var withDeveloper = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = license.PolicyId!, OwnerId = developer.Id });
        await Keygen.Licenses.AttachUsersAsync(license.Id, [attached.Id]);
        var productId = license.ProductId!;

        var users = await Keygen.Products.ListUsersAsync(productId).ToListAsync();
        var withRoles = await Keygen.Products.ListUsersAsync(productId, new ListProductUsersRequest { Roles = [UserRole.User, UserRole.Developer] }).ToListAsync();
        var byEmail = await Keygen.Products.GetUserAsync(productId, attached.Email);
        var notItsUser = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Products.GetUserAsync(productId, outsider.Id));

        Assert.Equal(developer.Id, withDeveloper.OwnerId);
        Assert.Equal(new[] { owner.Id, attached.Id }.Order(), users.Select(u => u.Id).Order());
        Assert.Equal(new[] { owner.Id, attached.Id, developer.Id }.Order(), withRoles.Select(u => u.Id).Order());
        Assert.Equal(attached.Id, byEmail.Id);
        Assert.Equal(404, notItsUser.StatusCode);
    });
}
