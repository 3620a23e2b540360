using System;
using Keygen;
using Keygen.Emulator;

// What a user's integration test does: an emulator of its own, the SDK pointed at it, signatures checked.
await using var emulator = await KeygenEmulator.StartAsync();
using var keygen = new KeygenClient(new KeygenClientOptions
{
    BaseUrl = emulator.BaseUrl,
    Account = emulator.AccountId,
    Token = emulator.AdminToken,
    PublicKey = emulator.PublicKeyHex,
});

var product = await keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
var policy = await keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id, MaxMachines = 1, AuthenticationStrategy = AuthenticationStrategy.License });
var license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
var app = keygen.WithAuth(KeygenAuth.License(license.Key));
var scope = new ValidationScope { Fingerprint = "fp-test" };

var before = await app.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key, Scope = scope });
await app.Machines.CreateAsync(new CreateMachineRequest { LicenseId = license.Id, Fingerprint = "fp-test" });
var after = await app.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = license.Key, Scope = scope });

Console.WriteLine($"before: {before.Code}");
Console.WriteLine($"after: {after.Code}");
