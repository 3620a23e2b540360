using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Http;
using Keygen.Licensing;
using Keygen.Signatures;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Accounts;

/// <summary>The account itself: reading it (its meta publishes the public keys), updating it, and the refused deletion.</summary>
public sealed class AccountOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("accounts.get")]
    public Task The_account_publishes_the_keys_that_verify_its_license_files() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        // A license may read its account only when given account.read (Keygen leaves it out of a license's defaults).
        var data = Emulator.Emulator.Data.Account(Emulator.Emulator.AccountId);
        data.Update(data.Find("licenses", license.Id)!, new System.Collections.Generic.Dictionary<string, object?>
        {
            ["permissions"] = new System.Text.Json.Nodes.JsonArray("account.read", "license.read", "license.check-out"),
        });
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        var account = await app.Accounts.GetAsync();
        var keys = account.PublicKeys!;
        var reader = new LicenseFileReader(KeygenPublicKeys.Parse(keys.Ed25519, keys.Rsa2048));
        var file = await app.Licenses.CheckOutAsync(license.Id);

        Assert.Equal(Emulator.Emulator.AccountId, account.Id);
        Assert.Equal(Emulator.Emulator.PublicKeyHex, Encoding.UTF8.GetString(Convert.FromBase64String(keys.Ed25519!)));
        Assert.Equal(keys.Rsa2048, account.LegacyPublicKey);
        Assert.Contains("BEGIN PUBLIC KEY", Encoding.UTF8.GetString(Convert.FromBase64String(keys.Ecdsa!)), StringComparison.Ordinal);
        Assert.Equal(license.Id, reader.ReadLicenseFile(file.Certificate, license.Key).Data.GetProperty("id").GetString());
    });

    [Fact]
    [Covers("accounts.update", "accounts.get")]
    public Task An_update_changes_only_the_given_attributes_and_a_protected_account_refuses_anonymous_sign_ups() => CoveringAsync(async () =>
    {
        var before = await Keygen.Accounts.GetAsync();
        var anonymous = Keygen.WithAuth(KeygenAuth.Anonymous);
        var signedUp = await anonymous.Users.CreateAsync(new CreateUserRequest { Email = $"open-{Guid.NewGuid():N}@example.com", Password = Seed.Password });

        var updated = await Keygen.Accounts.UpdateAsync(new UpdateAccountRequest { Name = "Acme Tools", Protected = true });
        var read = await Keygen.Accounts.GetAsync();
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() =>
            anonymous.Users.CreateAsync(new CreateUserRequest { Email = $"closed-{Guid.NewGuid():N}@example.com", Password = Seed.Password }));
        var badSlug = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Accounts.UpdateAsync(new UpdateAccountRequest { Slug = "Not A Slug" }));

        Assert.Equal(before.Id, signedUp.AccountId);
        Assert.Equal(("Acme Tools", true), (updated.Name, updated.Protected));
        Assert.Equal(("Acme Tools", true, before.Slug, before.ApiVersion), (read.Name, read.Protected, read.Slug, read.ApiVersion));
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal((422, "SLUG_INVALID"), (badSlug.StatusCode, badSlug.Code));
        Assert.Equal("/data/attributes/slug", badSlug.Errors[0].Source?.Pointer);
        Assert.Equal(before.Slug, (await Keygen.Accounts.GetAsync()).Slug);
    });

    /// <summary>Keygen routes DELETE of the account but its policy refuses every bearer, so the 204 the schema declares never comes.</summary>
    [Fact]
    [Covers("accounts.delete", ExpectedStatus = 403)]
    public Task Deleting_the_account_is_refused_even_to_the_admin() => CoveringAsync(async () =>
    {
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Accounts.DeleteAsync());

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(Emulator.Emulator.AccountId, (await Keygen.Accounts.GetAsync()).Id);
    });
}
