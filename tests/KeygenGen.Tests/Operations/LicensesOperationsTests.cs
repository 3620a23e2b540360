using System;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>licenses.create, update, list (addLicense, updateLicense, listLicenses). Get and delete: <see cref="GetOperationsTests"/>, <see cref="DeleteOperationsTests"/>.</summary>
public sealed class LicensesOperationsTests : OperationTest
{
    [Fact]
    public async Task Create_posts_attributes_and_relationships_with_their_json_api_types()
    {
        Reply(201, LicenseDocuments.Document());

        License license = await Keygen.Licenses.CreateAsync(new CreateLicenseRequest
        {
            PolicyId = PolicyDocuments.Id,
            OwnerId = UserDocuments.Id,
            Name = "Studio Pro for ACME",
            Expiry = LicenseDocuments.Expiry,
            MaxMachines = 3,
            Permissions = [Permission.LicenseValidate, Permission.MachineCreate],
        });

        Expect("POST", $"{Acme}/licenses", body: $$"""
            {"data":{"type":"licenses",
              "attributes":{"name":"Studio Pro for ACME","expiry":"2025-03-01T09:15:30.123Z","maxMachines":3,
                            "permissions":["license.validate","machine.create"]},
              "relationships":{"policy":{"data":{"type":"policies","id":"{{PolicyDocuments.Id}}"} },
                               "owner":{"data":{"type":"users","id":"{{UserDocuments.Id}}"} } } } }
            """);
        LicenseDocuments.AssertMapped(license);
    }

    [Fact]
    public async Task Create_with_only_the_policy_sends_no_attribute()
    {
        Reply(201, LicenseDocuments.Document());

        await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = PolicyDocuments.Id });

        Expect("POST", $"{Acme}/licenses", body: $$"""
            {"data":{"type":"licenses","attributes":{},"relationships":{"policy":{"data":{"type":"policies","id":"{{PolicyDocuments.Id}}"} } } } }
            """);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_sends_null_for_what_is_cleared()
    {
        Reply(200, LicenseDocuments.Document());

        License license = await Keygen.Licenses.UpdateAsync(LicenseDocuments.Id, new UpdateLicenseRequest
        {
            Name = "Renamed",
            Expiry = null,
            MaxMachines = null,
            Suspended = false,
        });

        Expect("PATCH", $"{Acme}/licenses/{LicenseDocuments.Id}", body: """
            {"data":{"type":"licenses","attributes":{"name":"Renamed","expiry":null,"suspended":false,"maxMachines":null}}}
            """);
        LicenseDocuments.AssertMapped(license);
    }

    [Fact]
    public async Task Update_without_inputs_sends_an_empty_update_because_keygen_requires_data()
    {
        Reply(200, LicenseDocuments.Document());

        await Keygen.Licenses.UpdateAsync(LicenseDocuments.Id);

        Expect("PATCH", $"{Acme}/licenses/{LicenseDocuments.Id}", body: """{"data":{"type":"licenses","attributes":{}}}""");
    }

    [Fact]
    public async Task List_sends_typed_filters_in_keygen_form()
    {
        Reply(200, JsonApiDocument.List([LicenseDocuments.Resource()], $"{KeygenAccount.Path}/licenses", next: null));

        KeygenPage<License> page = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest
        {
            Policy = PolicyDocuments.Id,
            Status = LicenseStatus.Expiring,
            Suspended = false,
            ExpiresBefore = new DateTimeOffset(2025, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)),
            ActivationsGte = 2,
            PageSize = 25,
        });

        Expect("GET", $"{Acme}/licenses", query:
        [
            ("policy", PolicyDocuments.Id), ("status", "EXPIRING"), ("suspended", "false"), ("expires[before]", "2025-01-01T00:00:00.000Z"),
            ("activations[gte]", "2"), ("page[size]", "25"), ("page[cursor]", ""),
        ]);
        LicenseDocuments.AssertMapped(Assert.Single(page.Data));
        Assert.Null(page.Links.Next);
    }
}
