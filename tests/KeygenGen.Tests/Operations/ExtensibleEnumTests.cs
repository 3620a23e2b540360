using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>Values Keygen may add later (statuses, validation codes) are kept as sent, never an exception.</summary>
public sealed class ExtensibleEnumTests : OperationTest
{
    [Fact]
    public async Task An_unknown_license_status_is_preserved()
    {
        Reply(200, JsonApiDocument.Single(LicenseDocuments.Resource(status: "QUARANTINED")));

        License license = await Keygen.Licenses.GetAsync(LicenseDocuments.Id);

        Assert.Equal("QUARANTINED", license.Status.Value);
        Assert.False(license.Status.IsKnown);
        Assert.NotEqual(LicenseStatus.Active, license.Status);
        Assert.Equal(new LicenseStatus("QUARANTINED"), license.Status);
        Assert.Equal(LicenseDocuments.Key, license.Key);
    }

    [Fact]
    public async Task An_unknown_validation_code_is_preserved_beside_valid()
    {
        Reply(200, JsonApiDocument.Single(LicenseDocuments.Resource(), ValidationDocuments.Meta(true, "is valid (grace period)", "GRACE_PERIOD")));

        LicenseValidation validation = await Keygen.Licenses.QuickValidateAsync(LicenseDocuments.Id);

        Assert.True(validation.Valid);
        Assert.Equal("GRACE_PERIOD", validation.Code.Value);
        Assert.False(validation.Code.IsKnown);
        Assert.NotNull(validation.License);
    }

    [Fact]
    public async Task An_unknown_value_can_be_sent_back_as_a_filter()
    {
        Reply(200, JsonApiDocument.List([], "/v1/accounts/acme/licenses", next: null));

        await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { Status = new LicenseStatus("QUARANTINED") });

        Expect("GET", $"{Acme}/licenses", query: [("status", "QUARANTINED"), ("page[size]", "100"), ("page[cursor]", "")]);
    }
}
