using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Http;
using Keygen.Serialization;
using Xunit;

namespace Keygen.EndToEnd.Tests.Paging;

/// <summary>
/// An admin screen paging by number ("page 2 of 3, 7 licenses") against the emulator: Keygen's offset paging
/// (<c>page[number]</c>), its counts in <c>links.meta</c>, its first/prev/next/last links, and the SDK's own range checks.
/// </summary>
public sealed class OffsetPagingTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    private const int Licenses = 7;
    private const int PageSize = 3;

    [Fact]
    [Covers("licenses.list")]
    public Task A_numbered_page_says_how_many_licenses_and_pages_there_are() => CoveringAsync(async () =>
    {
        var (policy, oldestFirst) = await SeedAsync();

        var first = await PageAsync(policy, 1);
        var middle = await PageAsync(policy, 2);
        var last = await PageAsync(policy, 3);

        Assert.Equal(oldestFirst, first.Data.Concat(middle.Data).Concat(last.Data).Select(l => l.Id));
        Assert.All(new[] { first, middle, last }, page =>
        {
            Assert.Equal(Licenses, page.TotalCount);
            Assert.Equal(3, page.PageCount);
            Assert.Contains("page%5Bnumber%5D=1", page.Links.First, StringComparison.Ordinal);
            Assert.Contains("page%5Bnumber%5D=3", page.Links.Last, StringComparison.Ordinal);
        });
        Assert.Null(first.Links.Prev);
        Assert.Contains("page%5Bnumber%5D=1", middle.Links.Prev, StringComparison.Ordinal);
        Assert.Contains("page%5Bnumber%5D=3", middle.Links.Next, StringComparison.Ordinal);
        Assert.Single(last.Data);
        Assert.Null(last.Links.Next);
    });

    [Fact]
    [Covers("licenses.list")]
    public Task Listing_from_a_page_number_follows_the_next_links_to_the_end() => CoveringAsync(async () =>
    {
        var (policy, oldestFirst) = await SeedAsync();

        var rest = await Keygen.Licenses.ListAsync(Request(policy, 2)).ToListAsync();

        Assert.Equal(oldestFirst.Skip(PageSize), rest.Select(l => l.Id));
    });

    [Fact]
    [Covers("licenses.list")]
    public Task A_page_past_the_end_is_empty_but_still_counted_and_a_cursor_page_is_not_counted() => CoveringAsync(async () =>
    {
        var (policy, _) = await SeedAsync();

        var beyond = await PageAsync(policy, 4);
        var cursorPage = await Keygen.Licenses.ListPageAsync(new ListLicensesRequest { Policy = policy.Id, PageSize = PageSize });

        Assert.Empty(beyond.Data);
        Assert.Equal(Licenses, beyond.TotalCount);
        Assert.Equal(3, beyond.PageCount);
        Assert.Null(beyond.Links.Prev);
        Assert.Null(beyond.Links.Next);
        Assert.Equal(PageSize, cursorPage.Data.Count);
        Assert.Null(cursorPage.TotalCount);
        Assert.Null(cursorPage.PageCount);
        Assert.NotNull(cursorPage.Links.Next);
    });

    [Theory]
    [InlineData(0, 10, "PageNumber")]
    [InlineData(101, 10, "PageNumber")]
    [InlineData(1, 0, "PageSize")]
    [InlineData(1, 101, "PageSize")]
    public async Task Out_of_range_paging_is_the_callers_mistake_and_sends_nothing(int pageNumber, int pageSize, string parameter)
    {
        using var capture = KeygenResponseCapture.Start();
        var request = new ListLicensesRequest { PageNumber = pageNumber, PageSize = pageSize };

        var page = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Keygen.Licenses.ListPageAsync(request));
        var every = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Keygen.Licenses.ListAsync(request).ToListAsync());

        Assert.Equal(parameter, page.ParamName);
        Assert.Equal(parameter, every.ParamName);
        Assert.Empty(capture.Responses);
    }

    private Task<KeygenPage<License>> PageAsync(Policy policy, int number) => Keygen.Licenses.ListPageAsync(Request(policy, number));

    private static ListLicensesRequest Request(Policy policy, int number) =>
        new() { Policy = policy.Id, PageSize = PageSize, PageNumber = number, Order = SortOrder.Asc };

    /// <summary>A policy of its own (the fixture's emulator is shared by the class) with <see cref="Licenses"/> licenses.</summary>
    private async Task<(Policy Policy, List<string> OldestFirst)> SeedAsync()
    {
        var policy = await Keygen.PolicyAsync();
        var ids = new List<string>();
        for (var i = 0; i < Licenses; i++)
        {
            ids.Add((await Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id, Name = $"seat {i}" })).Id);
        }

        return (policy, ids);
    }
}
