using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Paging;

/// <summary>
/// Orders rows by (created, id) and cuts one page, with Keygen's links: keyset pages get <c>self</c> and
/// <c>next</c>; offset pages get <c>self, prev, next, first, last</c> and <c>meta: {pages, count}</c> (or only
/// <c>self, prev, next</c> for uncounted collections such as webhook events); plain <c>limit</c> lists get none.
/// </summary>
internal static class Paginator
{
    public static (IReadOnlyList<T> Rows, JsonObject? Links) Paginate<T>(ApiRequest request, IEnumerable<T> rows, bool counted = true)
        where T : Entity
    {
        var page = PageRequest.From(request.Query);
        var ordered = Order(rows, page.Descending).ToList();
        return page.Mode switch
        {
            PageMode.Keyset => Keyset(request, ordered, page),
            PageMode.Offset => Offset(request, ordered, page, counted),
            _ => (ordered.Take(page.Size).ToList(), null),
        };
    }

    private static IEnumerable<T> Order<T>(IEnumerable<T> rows, bool descending)
        where T : Entity
    {
        // Postgres orders UUIDs by their bytes, which is the order of their lower-case text.
        return descending
            ? rows.OrderByDescending(r => r.Created).ThenByDescending(r => r.Id.ToString(), StringComparer.Ordinal)
            : rows.OrderBy(r => r.Created).ThenBy(r => r.Id.ToString(), StringComparer.Ordinal);
    }

    private static (IReadOnlyList<T>, JsonObject) Keyset<T>(ApiRequest request, List<T> ordered, PageRequest page)
        where T : Entity
    {
        var start = 0;
        if (page.Cursor is { } cursor)
        {
            var index = ordered.FindIndex(r => r.Id == cursor);
            start = index < 0 ? ordered.Count : index + 1;
        }

        var rows = ordered.Skip(start).Take(page.Size).ToList();
        var hasMore = start + rows.Count < ordered.Count;
        var links = new JsonObject
        {
            ["self"] = Link(request, page.Size, "cursor", page.RawCursor),
            ["next"] = hasMore ? Link(request, page.Size, "cursor", rows[^1].Id.ToString()) : null,
        };
        return (rows, links);
    }

    private static (IReadOnlyList<T>, JsonObject) Offset<T>(ApiRequest request, List<T> ordered, PageRequest page, bool counted)
        where T : Entity
    {
        var rows = ordered.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList();
        var number = page.Number;
        if (!counted)
        {
            // Keygen's own links for uncounted lists (Pagination::OffsetResult): a next page whenever this one is full.
            var next = rows.Count < page.Size ? (int?)null : number + 1;
            return (rows, new JsonObject
            {
                ["self"] = NumberLink(request, page.Size, number),
                ["prev"] = NumberLink(request, page.Size, number > 1 ? number - 1 : null),
                ["next"] = NumberLink(request, page.Size, next),
            });
        }

        // Kaminari's prev_page and next_page: neither past the last page (out_of_range?), so a page beyond the end links
        // only to the first and last.
        var count = ordered.Count;
        var pages = (int)Math.Ceiling(count / (double)page.Size);
        var inRange = number <= pages;
        return (rows, new JsonObject
        {
            ["self"] = NumberLink(request, page.Size, number),
            ["prev"] = NumberLink(request, page.Size, inRange && number > 1 ? number - 1 : null),
            ["next"] = NumberLink(request, page.Size, number < pages ? number + 1 : null),
            ["first"] = NumberLink(request, page.Size, 1),
            ["last"] = NumberLink(request, page.Size, pages),
            ["meta"] = new JsonObject { ["pages"] = pages, ["count"] = count },
        });
    }

    private static string? NumberLink(ApiRequest request, int size, int? number) =>
        number is { } n ? Link(request, size, "number", n.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    /// <summary>The request's path and query (minus credentials) with <c>page</c> replaced, encoded like Rails' <c>to_query</c>.</summary>
    private static string Link(ApiRequest request, int size, string key, string value)
    {
        var query = new QueryHash(request.Query.Members
            .Where(m => m.Key is not ("token" or "auth" or "page"))
            .ToDictionary(m => m.Key, m => m.Value));
        query.Members["page"] = new QueryHash(new Dictionary<string, QueryNode>
        {
            ["size"] = new QueryScalar(size.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            [key] = new QueryScalar(value),
        });
        return request.Path + "?" + QueryEncoder.Encode(query);
    }
}
