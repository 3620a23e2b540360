using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Operations.Wire;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// A generated <c>ListAsync</c> against a server that pages like Keygen (keygen-api.md §1.7, Pagination concern): keyset pages
/// only when <c>page[cursor]</c> is sent, <c>links.next</c> built from the request path with sorted parameters, null at the end;
/// without any page parameter the first 10 and no links; <c>page[size]</c> alone is a 400.
/// </summary>
public sealed class ListAsyncPagingTests : OperationTest
{
    private const int Total = 250;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Fallback = LicensePages;
    }

    [Fact]
    public async Task Every_license_arrives_once_in_order_over_pages_of_100()
    {
        List<License> licenses = await Keygen.Licenses.ListAsync(new ListLicensesRequest { Status = LicenseStatus.Active }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, Total).Select(LicenseId), licenses.Select(l => l.Id));
        Assert.Equal(Total, licenses.Select(l => l.Id).Distinct().Count());
        Assert.All(licenses, l => Assert.Equal(LicenseStatus.Active, l.Status));
        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(3, requests.Count);
        WireAssert.Request(requests[0], "GET", $"{Acme}/licenses", [("status", "ACTIVE"), ("page[size]", "100"), ("page[cursor]", "")], ExpectedAuth.Bearer, body: null);
        WireAssert.Request(requests[1], "GET", $"{Acme}/licenses", [("page[cursor]", LicenseId(100)), ("page[size]", "100"), ("status", "ACTIVE")], ExpectedAuth.Bearer, body: null);
        WireAssert.Request(requests[2], "GET", $"{Acme}/licenses", [("page[cursor]", LicenseId(200)), ("page[size]", "100"), ("status", "ACTIVE")], ExpectedAuth.Bearer, body: null);
    }

    [Fact]
    public async Task A_limit_stops_fetching_once_it_is_reached()
    {
        List<License> licenses = await Keygen.Licenses.ListAsync(new ListLicensesRequest { Limit = 150 }).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 150).Select(LicenseId), licenses.Select(l => l.Id));
        Assert.Equal(2, Server.Requests.Count);
    }

    private static string LicenseId(int number) => $"b18e3f3a-6c2d-4e9b-a7f1-{number:D12}";

    private static Task LicensePages(HttpContext context, RecordedRequest request)
    {
        if (!request.Query.TryGetValue("page[cursor]", out string? cursor))
        {
            return request.Query.ContainsKey("page[size]")
                ? Replies.Error(400, "PARAMETERS_INVALID", "Bad request", "page must be an object containing a cursor or number and optional size")(context, request)
                : Replies.Json(200, Page(first: 1, count: 10, next: null))(context, request);
        }

        int size = int.Parse(request.Query["page[size]"], CultureInfo.InvariantCulture);
        int first = cursor.Length == 0 ? 1 : int.Parse(cursor[^12..], CultureInfo.InvariantCulture) + 1;
        int last = Math.Min(first + size - 1, Total);
        string? next = last < Total ? $"{request.Path}?{NextQuery(request, LicenseId(last), size)}" : null;
        return Replies.Json(200, Page(first, last - first + 1, next))(context, request);
    }

    /// <summary>Rails' <c>to_query</c>: the request's parameters with the new page, sorted by name.</summary>
    private static string NextQuery(RecordedRequest request, string cursor, int size) =>
        string.Join("&", request.Query
            .Where(p => !p.Key.StartsWith("page[", StringComparison.Ordinal))
            .Append(new("page[cursor]", cursor))
            .Append(new("page[size]", size.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    private static string Page(int first, int count, string? next) =>
        JsonApiDocument.List(Enumerable.Range(first, count).Select(n => LicenseDocuments.Resource(LicenseId(n))), self: "/v1/accounts/acme/licenses", next);
}
