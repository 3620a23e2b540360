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

// From billing.keygen.json: an extension method on the built-in licenses client...
License moved = await keygen.Licenses.TransferSeatAsync("lic-1", new TransferSeatRequest { Target = "lic-2" });
Console.WriteLine($"transfer-seat: {moved.Id} {moved.Name} uses={moved.Uses}");

// ...and a group of its own, whose resource points at the built-in License.
Invoice invoice = await keygen.Invoices().CreateAsync(new CreateInvoiceRequest { Total = 4200, Currency = "EUR", LicenseId = moved.Id });
Console.WriteLine($"invoice: {invoice.Id} {invoice.Total} {invoice.Currency} license={invoice.LicenseId}");

// A built-in method, through the same client.
License fetched = await keygen.Licenses.GetAsync("lic-1");
Console.WriteLine($"get: {fetched.Id} {fetched.Name} status={fetched.Status}");

static string Setting(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"Set {name}.");
