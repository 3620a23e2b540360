using System.Threading;
using System.Threading.Tasks;
using Keygen;

namespace Legacy;

/// <summary>Calls the extension's members next to built-in ones, as Billing/Program.cs does on modern .NET.</summary>
public static class SeatTransfers
{
    public static async Task<Invoice> MoveAndBillAsync(KeygenClient keygen, string licenseId, CancellationToken cancellationToken = default)
    {
        License moved = await keygen.Licenses.TransferSeatAsync(licenseId, new TransferSeatRequest { Target = "seat-pool" }, cancellationToken).ConfigureAwait(false);
        return await keygen.Invoices().CreateAsync(new CreateInvoiceRequest { Total = 4200, Currency = "EUR", LicenseId = moved.Id }, cancellationToken).ConfigureAwait(false);
    }
}
