namespace KeygenGen.Package.Tests;

/// <summary>What the generator adds to a consumer for Consumer/Billing/billing.keygen.json (Billing/ and Legacy/ both compile it).</summary>
internal static class BillingSchemaOutput
{
    /// <summary>License, LicenseStatus and LicensesClient come from the package's assembly: nothing built in is emitted again.</summary>
    public static readonly string[] GeneratedFiles =
    [
        "Clients.InvoicesClient.g.cs",
        "Clients.LicensesClientExtensions.g.cs",
        "KeygenClient.GroupExtensions.g.cs",
        "Models.Invoice.g.cs",
        "Requests.CreateInvoiceRequest.g.cs",
        "Requests.TransferSeatRequest.g.cs",
    ];
}
