using System;
using System.Threading.Tasks;
using Keygen;

// The server comes from the environment, as an app would take its settings.
using var keygen = new KeygenClient(new KeygenClientOptions
{
    BaseUrl = new Uri(Setting("KEYGEN_BASE_URL")),
    Account = Setting("KEYGEN_ACCOUNT"),
    Token = Setting("KEYGEN_TOKEN"),
    Retry = KeygenRetryOptions.Disabled,
});

// Built-in methods: a license to work with.
Product product = await keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio" });
Policy policy = await keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id });
License license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { Name = "Studio seat", PolicyId = policy.Id });
Console.WriteLine($"created: {license.Id} {license.Name}");

// From billing.keygen.json: an extension method on the built-in licenses client...
License moved = await keygen.Licenses.TransferSeatAsync(license.Id, new TransferSeatRequest { Target = "seat-pool" });
Console.WriteLine($"transfer-seat: {moved.Id} {moved.Name} status={moved.Status}");

// ...and a group of its own, whose resource points at the built-in License.
Invoice invoice = await keygen.Invoices().CreateAsync(new CreateInvoiceRequest { Total = 4200, Currency = "EUR", LicenseId = moved.Id });
Console.WriteLine($"invoice: {invoice.Id} {invoice.Total} {invoice.Currency} license={invoice.LicenseId}");

// A built-in method again, through the same client.
License fetched = await keygen.Licenses.GetAsync(license.Id);
Console.WriteLine($"get: {fetched.Id} {fetched.Name} uses={fetched.Uses}");

static string Setting(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"Set {name}.");
