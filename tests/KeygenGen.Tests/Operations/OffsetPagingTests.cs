using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Serialization;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// A generated list method with <c>PageNumber</c>: Keygen's offset paging (keygen-api.md §1.7, Pagination concern), whose
/// answer carries first/prev/next/last links and the list's counts in <c>links.meta</c>.
/// </summary>
public sealed class OffsetPagingTests : OperationTest
{
    [Fact]
    public async Task A_page_number_asks_for_an_offset_page_and_reads_its_counts_and_links()
    {
        Reply(200, OffsetPage(new JsonObject { ["pages"] = 12, ["count"] = 240 }));

        KeygenPage<License> page = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { PageNumber = 3, PageSize = 20 });

        Expect("GET", $"{Acme}/licenses", query: [("page[size]", "20"), ("page[number]", "3")]);
        Assert.Equal(240, page.TotalCount);
        Assert.Equal(12, page.PageCount);
        Assert.Equal(Link(2), page.Links.Prev);
        Assert.Equal(Link(4), page.Links.Next);
        Assert.Equal(Link(1), page.Links.First);
        Assert.Equal(Link(12), page.Links.Last);
        Assert.Equal("Page of 1 License (240 in 12 pages)", page.ToString());
    }

    [Fact]
    public async Task A_page_number_without_a_size_asks_for_pages_of_100()
    {
        Reply(200, OffsetPage(new JsonObject { ["pages"] = 1, ["count"] = 1 }));

        await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { PageNumber = 1 });

        Expect("GET", $"{Acme}/licenses", query: [("page[size]", "100"), ("page[number]", "1")]);
    }

    [Fact]
    public async Task A_cursor_page_and_an_uncounted_offset_page_have_no_counts()
    {
        Reply(200, JsonApiDocument.List([LicenseDocuments.Resource()], $"{Acme}/licenses", next: null));
        Reply(200, OffsetPage(meta: null));

        KeygenPage<License> cursor = await Keygen.Licenses.ListPageAsync();
        KeygenPage<License> uncounted = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { PageNumber = 3 });

        Assert.Null(cursor.TotalCount);
        Assert.Null(cursor.PageCount);
        Assert.Null(uncounted.TotalCount);
        Assert.Null(uncounted.PageCount);
        Assert.Equal(Link(4), uncounted.Links.Next);
    }

    [Fact]
    public async Task Counts_that_are_not_whole_numbers_read_as_absent_and_the_page_is_still_read()
    {
        Reply(200, OffsetPage(new JsonObject { ["pages"] = "12", ["count"] = 2.5, ["future"] = new JsonObject { ["x"] = 1 } }));

        KeygenPage<License> page = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { PageNumber = 3 });

        Assert.Single(page.Data);
        Assert.Null(page.TotalCount);
        Assert.Null(page.PageCount);
        Assert.Equal(Link(12), page.Links.Last);
    }

    [Theory]
    [InlineData(0, null, "PageNumber")]
    [InlineData(-1, null, "PageNumber")]
    [InlineData(101, null, "PageNumber")]
    [InlineData(null, 0, "PageSize")]
    [InlineData(null, 101, "PageSize")]
    [InlineData(1, 101, "PageSize")]
    public async Task Paging_outside_keygens_ranges_throws_before_any_request(int? pageNumber, int? pageSize, string parameter)
    {
        var request = new ListLicensesRequest { PageNumber = pageNumber, PageSize = pageSize };

        var page = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Keygen.Licenses.ListPageAsync(request));
        var every = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Keygen.Licenses.ListAsync(request).ToListAsync());

        Assert.Equal(parameter, page.ParamName);
        Assert.Equal(parameter, every.ParamName);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void A_page_made_by_hand_for_a_test_double_carries_its_counts()
    {
        var page = new KeygenPage<string>(["a"], KeygenPageLinks.None, totalCount: 240, pageCount: 12);

        Assert.Equal((240L, 12L), (page.TotalCount!.Value, page.PageCount!.Value));
        Assert.Same(KeygenPageLinks.None, page.Links);
    }

    private static string Link(int number) => $"{Acme}/licenses?page%5Bnumber%5D={number}&page%5Bsize%5D=20";

    /// <summary>Page 3 of an offset list, as Keygen renders it: with <paramref name="meta"/>, counted; without, only self/prev/next.</summary>
    private static string OffsetPage(JsonObject? meta)
    {
        var links = new JsonObject { ["self"] = Link(3), ["prev"] = Link(2), ["next"] = Link(4) };
        if (meta is not null)
        {
            links["first"] = Link(1);
            links["last"] = Link(12);
            links["meta"] = meta;
        }

        return new JsonObject { ["data"] = new JsonArray(LicenseDocuments.Resource()), ["links"] = links }.ToJsonString();
    }
}
