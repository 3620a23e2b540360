using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Keygen's three paging modes and their links (relative, query re-encoded like Rails' to_query).</summary>
public sealed class PagingTests
{
    private static async Task<(EmulatorSession Session, List<string> NewestFirst)> WithProductsAsync(int count)
    {
        var session = await EmulatorSession.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await session.ProductAsync($"Product {i}"));
        }

        ids.Reverse();
        return (session, ids);
    }

    private static List<string> Ids(ApiResponse response) => response.Json!["data"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();

    private static string? Link(ApiResponse response, string name) => response.Json!["links"]![name]?.GetValue<string>();

    [Fact]
    public async Task PlainListsShowTenNewestFirstWithoutLinks()
    {
        var (session, newestFirst) = await WithProductsAsync(12);
        await using var _ = session;

        var response = await session.GetAsync("/products");

        Assert.Equal(newestFirst.Take(10), Ids(response));
        Assert.Null(response.Json!["links"]);
    }

    [Fact]
    public async Task OffsetPagesCarryKeygensLinksAndCount()
    {
        var (session, newestFirst) = await WithProductsAsync(12);
        await using var _ = session;
        var path = session.PathOf("/products");

        var response = await session.GetAsync("/products?page[size]=5&page[number]=2");

        Assert.Equal(newestFirst.Skip(5).Take(5), Ids(response));
        Assert.Equal(path + "?page%5Bnumber%5D=2&page%5Bsize%5D=5", Link(response, "self"));
        Assert.Equal(path + "?page%5Bnumber%5D=1&page%5Bsize%5D=5", Link(response, "prev"));
        Assert.Equal(path + "?page%5Bnumber%5D=3&page%5Bsize%5D=5", Link(response, "next"));
        Assert.Equal(path + "?page%5Bnumber%5D=1&page%5Bsize%5D=5", Link(response, "first"));
        Assert.Equal(path + "?page%5Bnumber%5D=3&page%5Bsize%5D=5", Link(response, "last"));
        Assert.Equal(3, response.Json!["links"]!["meta"]!["pages"]!.GetValue<int>());
        Assert.Equal(12, response.Json!["links"]!["meta"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnOffsetPagePastTheLastLinksOnlyToTheFirstAndLastPages()
    {
        var (session, _) = await WithProductsAsync(3);
        await using var __ = session;
        var path = session.PathOf("/products");

        var response = await session.GetAsync("/products?page[size]=2&page[number]=4");

        // Kaminari's prev_page and next_page are nil once the page is out of range (Keygen's Pagination::OffsetResult).
        Assert.Empty(Ids(response));
        Assert.Null(Link(response, "prev"));
        Assert.Null(Link(response, "next"));
        Assert.Equal(path + "?page%5Bnumber%5D=1&page%5Bsize%5D=2", Link(response, "first"));
        Assert.Equal(path + "?page%5Bnumber%5D=2&page%5Bsize%5D=2", Link(response, "last"));
        Assert.Equal(2, response.Json!["links"]!["meta"]!["pages"]!.GetValue<int>());
        Assert.Equal(3, response.Json!["links"]!["meta"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnEmptyOffsetListHasNoPagesAndItsLastLinkIsPageZero()
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.GetAsync("/products?page[size]=5&page[number]=1");

        Assert.Empty(Ids(response));
        Assert.Null(Link(response, "prev"));
        Assert.Null(Link(response, "next"));
        Assert.Equal(session.PathOf("/products") + "?page%5Bnumber%5D=0&page%5Bsize%5D=5", Link(response, "last"));
        Assert.Equal(0, response.Json!["links"]!["meta"]!["pages"]!.GetValue<int>());
        Assert.Equal(0, response.Json!["links"]!["meta"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task OffsetLinksKeepOtherParametersButNotCredentials()
    {
        var (session, _) = await WithProductsAsync(3);
        await using var __ = session;

        var response = await session.SendAsync(HttpMethod.Get, $"/products?token={session.Emulator.AdminToken}&limit=5&page[number]=1", null, As.Anonymous);

        Assert.Equal(200, response.Code);
        Assert.Equal(session.PathOf("/products") + "?limit=5&page%5Bnumber%5D=1&page%5Bsize%5D=5", Link(response, "self"));
        Assert.Null(Link(response, "prev"));
        Assert.Null(Link(response, "next"));
    }

    [Fact]
    public async Task KeysetPagesWalkEveryRecordOnceAndEndWithANullNext()
    {
        var (session, newestFirst) = await WithProductsAsync(12);
        await using var _ = session;
        var path = session.PathOf("/products");

        var first = await session.GetAsync("/products?page[size]=5&page[cursor]=");
        Assert.Equal(path + "?page%5Bcursor%5D=&page%5Bsize%5D=5", Link(first, "self"));
        Assert.Equal(path + $"?page%5Bcursor%5D={newestFirst[4]}&page%5Bsize%5D=5", Link(first, "next"));

        var seen = Ids(first);
        var next = Link(first, "next");
        while (next is not null)
        {
            var page = await session.SendRawAsync(HttpMethod.Get, next, null);
            seen.AddRange(Ids(page));
            next = Link(page, "next");
        }

        Assert.Equal(newestFirst, seen);
    }

    [Fact]
    public async Task OrderAscendingReversesTheList()
    {
        var (session, newestFirst) = await WithProductsAsync(4);
        await using var _ = session;

        var response = await session.GetAsync("/products?order=asc");

        Assert.Equal(Enumerable.Reverse(newestFirst), Ids(response));
    }

    [Theory]
    [InlineData("page[size]=5&page[cursor]=foo", "page[cursor]", "page cursor must be a valid UUID (got \"foo\")")]
    [InlineData("page[size]=101&page[number]=1", "page[size]", "page size must be a number between 1 and 100 (got 101)")]
    [InlineData("page[number]=101", "page[number]", "page number must be a number between 1 and 100 (got 101, please use cursor-based pagination instead)")]
    [InlineData("limit=0", "limit", "limit must be a number between 1 and 100 (got 0)")]
    [InlineData("page=7", "page", "page must be an object containing a cursor or number and optional size")]
    [InlineData("order=sideways", "order", "order is invalid")]
    public async Task BadPagingParametersAreBadRequests(string query, string parameter, string detail)
    {
        await using var session = await EmulatorSession.StartAsync();

        var response = await session.GetAsync("/products?" + query);

        Assert.Equal(400, response.Code);
        Assert.Equal(parameter, response.FirstError["source"]!["parameter"]!.GetValue<string>());
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebhookEventPagesAreNotCounted()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.PostAsync("/webhook-endpoints", Json.Resource("webhook-endpoints", new JsonObject { ["url"] = "https://hooks.example.com/keygen" }));
        await session.ProductAsync("One");
        await session.ProductAsync("Two");

        var response = await session.GetAsync("/webhook-events?page[size]=1&page[number]=1");

        Assert.Single(Ids(response));
        Assert.NotNull(Link(response, "next"));
        Assert.Null(response.Json!["links"]!["last"]);
        Assert.Null(response.Json!["links"]!["meta"]);
    }
}
