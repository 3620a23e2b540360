using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Entitlements;

/// <summary>Entitlements: create, read (by id and by code), update, list, delete, and what they do to a license's validation.</summary>
public sealed class EntitlementOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("entitlements.create", "entitlements.get", "entitlements.update", "entitlements.list", "entitlements.delete")]
    public Task An_entitlement_is_created_read_updated_listed_and_deleted() => CoveringAsync(async () =>
    {
        var code = $"EXPORT_{Guid.NewGuid():N}";
        var created = await Keygen.Entitlements.CreateAsync(new CreateEntitlementRequest
        {
            Name = "Export",
            Code = code,
            Metadata = new JsonObject { ["tier"] = "pro" },
        });
        var byId = await Keygen.Entitlements.GetAsync(created.Id);
        var byCode = await Keygen.Entitlements.GetAsync(code);

        Assert.Equal(("Export", code, "pro"), (byId.Name, byId.Code, (string?)byId.Metadata["tier"]));
        Assert.Equal(created.Id, byCode.Id);

        var renamedCode = $"EXPORT_PDF_{Guid.NewGuid():N}";
        var updated = await Keygen.Entitlements.UpdateAsync(created.Id, new UpdateEntitlementRequest { Name = "PDF export", Code = renamedCode });
        var reread = await Keygen.Entitlements.GetAsync(renamedCode);

        Assert.Equal(("PDF export", renamedCode), (updated.Name, updated.Code));
        Assert.Equal((created.Id, "pro"), (reread.Id, (string?)reread.Metadata["tier"]));
        Assert.Equal(404, (await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Entitlements.GetAsync(code))).StatusCode);

        var other = await Keygen.EntitlementAsync("PRINT");
        var listed = await Keygen.Entitlements.ListAsync().ToListAsync();
        Assert.Contains(listed, e => e.Id == created.Id && e.Code == renamedCode);
        Assert.Contains(listed, e => e.Id == other.Id);

        await Keygen.Entitlements.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Entitlements.GetAsync(created.Id));
        var remaining = await Keygen.Entitlements.ListAsync().ToListAsync();

        Assert.Equal(404, gone.StatusCode);
        Assert.DoesNotContain(remaining, e => e.Id == created.Id);
        Assert.Contains(remaining, e => e.Id == other.Id);
    });

    [Fact]
    [Covers("entitlements.create", "entitlements.update")]
    public Task Entitlement_codes_are_unique_in_the_account() => CoveringAsync(async () =>
    {
        var first = await Keygen.EntitlementAsync();
        var second = await Keygen.EntitlementAsync();

        var duplicate = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = "Copy", Code = first.Code.ToLowerInvariant() }));
        var renamedOnto = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Entitlements.UpdateAsync(second.Id, new UpdateEntitlementRequest { Code = first.Code }));
        var unchanged = await Keygen.Entitlements.UpdateAsync(second.Id, new UpdateEntitlementRequest { Name = "Renamed" });

        Assert.Equal((422, "CODE_TAKEN"), (duplicate.StatusCode, duplicate.Code));
        Assert.Equal("/data/attributes/code", duplicate.Errors[0].Source?.Pointer);
        Assert.Equal((422, "CODE_TAKEN"), (renamedOnto.StatusCode, renamedOnto.Code));
        Assert.Equal((second.Code, "Renamed"), (unchanged.Code, unchanged.Name));
    });

    [Fact]
    [Covers("entitlements.create", "entitlements.delete", "licenses.validate")]
    public Task A_license_validates_an_entitlement_scope_only_while_it_holds_every_entitlement() => CoveringAsync(async () =>
    {
        var export = await Keygen.EntitlementAsync("EXPORT");
        var print = await Keygen.EntitlementAsync("PRINT");
        var license = await Keygen.LicenseAsync();
        string[] both = [export.Code, print.Code];

        var before = await ValidateAsync(license.Id, both);
        await Keygen.Policies.AttachEntitlementsAsync(license.PolicyId!, [export.Id]);
        var halfway = await ValidateAsync(license.Id, both);
        await Keygen.Licenses.AttachEntitlementsAsync(license.Id, [print.Id]);
        var granted = await ValidateAsync(license.Id, both);
        var empty = await ValidateAsync(license.Id, []);
        await Keygen.Licenses.DetachEntitlementsAsync(license.Id, [print.Id]);
        var detached = await ValidateAsync(license.Id, both);
        var policyAlone = await ValidateAsync(license.Id, [export.Code]);
        await Keygen.Entitlements.DeleteAsync(export.Id);
        var deleted = await ValidateAsync(license.Id, [export.Code]);

        Assert.Equal((false, ValidationCode.EntitlementsMissing), (before.Valid, before.Code));
        Assert.Equal((false, ValidationCode.EntitlementsMissing), (halfway.Valid, halfway.Code));
        Assert.Equal((true, ValidationCode.Valid), (granted.Valid, granted.Code));
        Assert.Equal((false, ValidationCode.EntitlementsScopeEmpty), (empty.Valid, empty.Code));
        Assert.Equal((false, ValidationCode.EntitlementsMissing), (detached.Valid, detached.Code));
        Assert.Equal((true, ValidationCode.Valid), (policyAlone.Valid, policyAlone.Code));
        Assert.Equal((false, ValidationCode.EntitlementsMissing), (deleted.Valid, deleted.Code));
        Assert.Empty(await Keygen.Licenses.ListEntitlementsAsync(license.Id).ToListAsync());
    });

    [Fact]
    [Covers("entitlements.list", "entitlements.get")]
    public Task A_license_sees_only_its_own_entitlements_and_only_staff_create_them() => CoveringAsync(async () =>
    {
        var held = await Keygen.EntitlementAsync("HELD");
        var other = await Keygen.EntitlementAsync("OTHER");
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        await Keygen.Licenses.AttachEntitlementsAsync(license.Id, [held.Id]);
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));
        var product = await Keygen.Products.GenerateTokenAsync(license.ProductId!);
        using var asProduct = Keygen.WithAuth(KeygenAuth.Bearer(product.Token!));

        var visible = await app.Entitlements.ListAsync().ToListAsync();
        var own = await app.Entitlements.GetAsync(held.Code);
        var foreign = await Assert.ThrowsAsync<KeygenApiException>(() => app.Entitlements.GetAsync(other.Id));
        var productCreates = await Assert.ThrowsAsync<KeygenApiException>(() =>
            asProduct.Entitlements.CreateAsync(new CreateEntitlementRequest { Name = "Nope", Code = $"NOPE_{Guid.NewGuid():N}" }));

        Assert.Equal([held.Id], visible.Select(e => e.Id));
        Assert.Equal(held.Id, own.Id);
        Assert.Equal(404, foreign.StatusCode);
        Assert.Equal(403, productCreates.StatusCode);
    });

    private Task<LicenseValidation> ValidateAsync(string licenseId, string[] entitlements) =>
        Keygen.Licenses.ValidateAsync(licenseId, new ValidateLicenseRequest { Scope = new ValidationScope { Entitlements = entitlements } });
}
