using KeygenGen.DocsTool;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The C# snippets name the client, method and request class as the emitter does, with the inputs a caller must set.</summary>
public sealed class CSharpUsageTests
{
    [Theory]
    [InlineData("licenses.get", "var license = await keygen.Licenses.GetAsync(id, ct);")]
    [InlineData("licenses.delete", "await keygen.Licenses.DeleteAsync(id, ct);")]
    [InlineData("licenses.create", "var license = await keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policyId }, ct);")]
    [InlineData("licenses.validateKey", "var licenseValidation = await keygen.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = key }, ct);")]
    [InlineData("health.pingServer", "await keygen.Health.PingServerAsync(ct);")]
    [InlineData("licenses.download", "var location = await keygen.Licenses.DownloadAsync(id, ct);")]
    [InlineData("policies.getLicense", "var license = await keygen.Policies.GetLicenseAsync(policyId, id, ct);")]
    [InlineData("licenses.import", "var licenseList = await keygen.Licenses.ImportAsync([new ImportLicenseRequest { PolicyId = policyId }], ct);")]
    [InlineData("holders.get", "var holder = await keygen.Holders.GetAsync(ct);")]
    public void Single_call(string id, string expected)
    {
        Assert.Equal([expected], CSharpUsage.Calls(SampleSchema.Operation(id), SampleSchema.Plan));
    }

    [Fact]
    public void Paged_list_shows_every_item_and_one_page()
    {
        var calls = CSharpUsage.Calls(SampleSchema.Operation("licenses.list"), SampleSchema.Plan);

        Assert.Equal(
            [
                "await foreach (var license in keygen.Licenses.ListAsync(new ListLicensesRequest(), ct)) { … }",
                "var page = await keygen.Licenses.ListPageAsync(new ListLicensesRequest(), ct);",
            ],
            calls);
    }
}
