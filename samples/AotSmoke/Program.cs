using System;
using System.Net.Http;
using System.Threading.Tasks;
using AotSmoke;
using Keygen;
using Keygen.Serialization;

// Creates a license, validates its key with a fingerprint scope and lists a page, against an in-memory Keygen, then
// checks every answer: a NativeAOT build that trimmed away a converter or needed reflection fails here, not in production.
var handler = new CannedKeygenHandler();
using var httpClient = new HttpClient(handler);
using var keygen = new KeygenClient(new KeygenClientOptions { Account = "acme", Token = "admin-token" }, httpClient);

License created = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = CannedDocuments.PolicyId });
Check(created.Id == CannedDocuments.LicenseId(1) && created.PolicyId == CannedDocuments.PolicyId, "create returns the license");
Check(created.Status == LicenseStatus.Active && created.Metadata["customerId"]?.GetValue<string>() == "cus_1", "create reads attributes");

LicenseValidation validation = await keygen.Licenses.ValidateKeyAsync(
    new ValidateLicenseKeyRequest { Key = created.Key, Scope = new ValidationScope { Fingerprint = "fp-smoke" } });
Check(validation.Valid && validation.Code == ValidationCode.Valid && validation.License?.Id == created.Id, "validate reads the result");
Check(handler.LastValidationBody?.Contains("\"fingerprint\":\"fp-smoke\"", StringComparison.Ordinal) == true, "validate sends the scope");

KeygenPage<License> page = await keygen.Licenses.ListPageAsync(new ListLicensesRequest { PageSize = 3 });
Check(page.Data.Count == 3 && page.Data[2].Id == CannedDocuments.LicenseId(3) && page.Links.Next is null, "list reads the page");
Check(handler.LastListQuery?.Contains("page%5Bsize%5D=3", StringComparison.Ordinal) == true, "list sends the page size");

Console.WriteLine($"AotSmoke passed: created {created}, validation {validation.Code.Value}, listed {page.Data.Count} licenses.");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"AotSmoke failed: {what}.");
        Environment.Exit(1);
    }
}
