using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Search;

/// <summary>POST /search: terms on attributes, metadata and relationships, combined with AND or OR.</summary>
public sealed class SearchOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("search.query")]
    public Task Licenses_are_found_by_name_metadata_and_policy() => CoveringAsync(async () =>
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var pro = await Keygen.LicenseAsync(license: l => { l.Name = $"Pro {marker}"; l.Metadata = new JsonObject { ["tier"] = "gold" }; });
        var basic = await Keygen.LicenseAsync(license: l => l.Name = $"Basic {marker}");

        var byName = await SearchLicensesAsync(new JsonObject { ["name"] = marker });
        var byNameAndMetadata = await SearchLicensesAsync(new JsonObject { ["name"] = marker, ["metadata"] = new JsonObject { ["tier"] = "gold" } });
        var byPolicy = await SearchLicensesAsync(new JsonObject { ["policy"] = basic.PolicyId });
        var either = await SearchLicensesAsync(new JsonObject { ["policy"] = basic.PolicyId, ["metadata"] = new JsonObject { ["tier"] = "gold" } }, SearchOperator.Or);

        Assert.Equal(new[] { basic.Id, pro.Id }.Order(), byName.Order());
        Assert.Equal([pro.Id], byNameAndMetadata);
        Assert.Equal([basic.Id], byPolicy);
        Assert.Equal(new[] { basic.Id, pro.Id }.Order(), either.Order());

        var results = await Keygen.Search.QueryAsync(new SearchRequest { Type = SearchType.Licenses, Query = new JsonObject { ["name"] = marker }, Limit = 1 });
        Assert.Equal(basic.Id, Assert.Single(results).License!.Id); // newest first

        var tooShort = await Assert.ThrowsAsync<KeygenApiException>(() =>
            Keygen.Search.QueryAsync(new SearchRequest { Type = SearchType.Licenses, Query = new JsonObject { ["name"] = "ab" } }));
        Assert.Equal(400, tooShort.StatusCode);
    });

    [Fact]
    [Covers("search.query")]
    public Task Metadata_terms_match_as_Keygen_stores_and_casts_them() => CoveringAsync(async () =>
    {
        // Keygen keeps metadata keys underscored and casts a text term to the literal it spells (license.rb,
        // search_metadata): a term written as a query-string value finds the number stored by a typed client.
        var marker = Guid.NewGuid().ToString("N")[..10];
        var license = await Keygen.LicenseAsync(license: l => l.Metadata = new JsonObject { ["internalId"] = 1624214616L, ["marker"] = marker });

        var byUnderscoredKeyAndText = await SearchLicensesAsync(new JsonObject { ["metadata"] = new JsonObject { ["internal_id"] = "1624214616", ["marker"] = marker } });
        var byOtherNumber = await SearchLicensesAsync(new JsonObject { ["metadata"] = new JsonObject { ["internal_id"] = "1624214617", ["marker"] = marker } });

        Assert.Equal([license.Id], byUnderscoredKeyAndText);
        Assert.Empty(byOtherNumber);
    });

    [Fact]
    public async Task Results_are_paged_by_number()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var licenses = new[] { await Keygen.LicenseAsync(license: l => l.Name = $"A {marker}"), await Keygen.LicenseAsync(license: l => l.Name = $"B {marker}"), await Keygen.LicenseAsync(license: l => l.Name = $"C {marker}") };

        async Task<string[]> PageAsync(int number) =>
            (await Keygen.Search.QueryAsync(new SearchRequest { Type = SearchType.Licenses, Query = new JsonObject { ["name"] = marker }, PageSize = 2, PageNumber = number }))
                .Select(r => r.License!.Id).ToArray();

        var first = await PageAsync(1);
        var second = await PageAsync(2);
        Assert.Equal(2, first.Length);
        Assert.Single(second);
        Assert.Equal(licenses.Select(l => l.Id).Order(), first.Concat(second).Order());
    }

    private async Task<string[]> SearchLicensesAsync(JsonObject query, SearchOperator? op = null)
    {
        var results = await Keygen.Search.QueryAsync(new SearchRequest { Type = SearchType.Licenses, Query = query, Op = op });
        return results.Select(r => r.License!.Id).ToArray();
    }
}
