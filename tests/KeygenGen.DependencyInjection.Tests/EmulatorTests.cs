using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Emulator;
using Keygen.Signatures;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>
/// The client an application gets from its service provider (configuration section, IHttpClientFactory, the resilience
/// pipeline in place of the built-in retry) calling the Keygen emulator, with response signatures checked.
/// </summary>
public sealed class EmulatorTests : IAsyncLifetime
{
    private KeygenEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await KeygenEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task The_resolved_client_licenses_and_validates_against_the_emulator()
    {
        using ServiceProvider provider = KeygenServices.Build(Settings(_emulator.PublicKeyHex), services => services.AddKeygen().AddKeygenResilience());
        KeygenClient keygen = KeygenServices.Resolve(provider);

        Product product = await keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
        Policy policy = await keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
        License license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = "Ada" });
        LicenseValidation validation = await keygen.WithAuth(KeygenAuth.Anonymous).Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key });
        License read = await keygen.Licenses.GetAsync(license.Id);

        Assert.Equal((true, ValidationCode.Valid), (validation.Valid, validation.Code));
        Assert.Equal(license.Id, validation.License?.Id);
        Assert.Equal(("Ada", policy.Id, product.Id), (read.Name, read.PolicyId, read.ProductId));
    }

    [Fact]
    public async Task A_public_key_from_configuration_rejects_responses_the_account_did_not_sign()
    {
        // The emulator's key is not this one, so every genuine response looks forged to the client.
        string otherKey = new string('a', 64);
        using ServiceProvider provider = KeygenServices.Build(Settings(otherKey), services => services.AddKeygen().AddKeygenResilience());

        await Assert.ThrowsAsync<KeygenSignatureException>(() => KeygenServices.Resolve(provider).Products.CreateAsync(new CreateProductRequest { Name = "Studio" }));
    }

    private Dictionary<string, string?> Settings(string publicKey) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Keygen:Account"] = _emulator.AccountId,
        ["Keygen:BaseUrl"] = _emulator.BaseUrl.ToString(),
        ["Keygen:Token"] = _emulator.AdminToken,
        ["Keygen:PublicKey"] = publicKey,
    };
}
