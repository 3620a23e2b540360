using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Paging;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Cursor paging over real HTTP, the server deciding the links, the way generated ListAsync methods use it.</summary>
public sealed class PagingTests : KeygenServerTest
{
    private const int Total = 250;
    private KeygenClient _client = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Fallback = KeysetPages;
        _client = TestClients.Client(Server);
    }

    public override async Task DisposeAsync()
    {
        _client.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task All_items_arrive_in_order_without_duplicates()
    {
        var ids = new List<int>();
        await foreach (int id in KeygenPaging.EnumerateAsync(FetchPage, limit: null))
        {
            ids.Add(id);
        }

        Assert.Equal(Enumerable.Range(1, Total), ids);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal(["", "100", "200"], Server.Requests.Select(r => r.Query["page[cursor]"]));
    }

    [Fact]
    public async Task Pages_are_fetched_only_when_needed()
    {
        await foreach (int id in KeygenPaging.EnumerateAsync(FetchPage, limit: null))
        {
            if (id == 100)
            {
                break;
            }
        }

        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_limit_stops_early()
    {
        List<int> ids = await KeygenPaging.EnumerateAsync(FetchPage, limit: 150).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 150), ids);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_repeating_next_link_is_reported_not_followed_forever()
    {
        Server.Fallback = Replies.Json(200, """{"data":[{"id":"1"}],"links":{"next":"/v1/accounts/acme/widgets?page%5Bcursor%5D=1"}}""");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(async () =>
        {
            await foreach (int _ in KeygenPaging.EnumerateAsync(FetchPage, limit: null))
            {
            }
        });

        Assert.Contains("links.next", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Server.Requests.Count);
    }

    // Found by response fuzzing: an empty links.next reached KeygenRequest.ForLink, whose ArgumentException escaped raw.
    [Fact]
    public async Task An_empty_next_link_is_reported_not_followed()
    {
        Server.Fallback = Replies.Json(200, """{"data":[{"id":"1"}],"links":{"next":""}}""");

        var error = await Assert.ThrowsAsync<KeygenMalformedResponseException>(async () =>
        {
            await foreach (int _ in KeygenPaging.EnumerateAsync(FetchPage, limit: null))
            {
            }
        });

        Assert.Contains("empty links.next", error.Message, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_paging()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (int id in KeygenPaging.EnumerateAsync(FetchPage, limit: null, cancel.Token))
            {
                if (id == 100)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Single(Server.Requests);
    }

    [Fact]
    public void A_non_positive_limit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KeygenPaging.EnumerateAsync(FetchPage, limit: 0).GetAsyncEnumerator().MoveNextAsync().AsTask().GetAwaiter().GetResult());
    }

    /// <summary>What a generated ListAsync does: first page by path and query, later pages by Keygen's link.</summary>
    private async Task<(IReadOnlyList<int> Items, string? Next)> FetchPage(string? link, CancellationToken cancellationToken)
    {
        KeygenRequest request = link is null
            ? new KeygenRequest(HttpMethod.Get, "/widgets", "widgets.list", KeygenAuthKinds.Token) { Query = [new("page[size]", "100"), new("page[cursor]", "")] }
            : KeygenRequest.ForLink(HttpMethod.Get, link, "widgets.list", KeygenAuthKinds.Token);
        KeygenResponse response = await _client.SendAsync(request, cancellationToken);
        using JsonDocument document = JsonDocument.Parse(response.Body);
        int[] items = document.RootElement.GetProperty("data").EnumerateArray()
            .Select(item => int.Parse(item.GetProperty("id").GetString()!, CultureInfo.InvariantCulture))
            .ToArray();
        string? next = document.RootElement.TryGetProperty("links", out JsonElement links) && links.TryGetProperty("next", out JsonElement n) ? n.GetString() : null;
        return (items, next);
    }

    /// <summary>Keyset paging as Keygen does it: items after the cursor, and a next link while more remain.</summary>
    private static Task KeysetPages(HttpContext context, RecordedRequest request)
    {
        int after = int.TryParse(request.Query.GetValueOrDefault("page[cursor]"), CultureInfo.InvariantCulture, out int cursor) ? cursor : 0;
        int size = int.Parse(request.Query["page[size]"], CultureInfo.InvariantCulture);
        int[] page = Enumerable.Range(after + 1, Math.Max(0, Math.Min(size, Total - after))).ToArray();
        string data = string.Join(",", page.Select(id => $$"""{"id":"{{id}}","type":"widgets"}"""));
        string next = page.Length > 0 && page[^1] < Total
            ? $"\"/v1/accounts/acme/widgets?page%5Bcursor%5D={page[^1]}&page%5Bsize%5D={size}\""
            : "null";
        return Replies.Json(200, $$$"""{"data":[{{{data}}}],"links":{"self":"/v1/accounts/acme/widgets","next":{{{next}}}}}""")(context, request);
    }
}
