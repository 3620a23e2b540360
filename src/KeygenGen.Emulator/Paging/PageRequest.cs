using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;

namespace Keygen.Emulator.Paging;

/// <summary>
/// The paging a list request asks for, read as Keygen reads it: <c>page[cursor]</c> (keyset), <c>page[number]</c>
/// (offset), or neither (<c>limit</c>, default 10); plus <c>order</c> (default desc).
/// </summary>
internal sealed record PageRequest(PageMode Mode, int Size, int Number, Guid? Cursor, string RawCursor, bool Descending)
{
    private const int Lower = 1;
    private const int Upper = 100;

    public static PageRequest From(QueryHash query)
    {
        var pageNode = query.Get("page");
        var page = pageNode as QueryHash;
        if (pageNode is not null && (page is null || !HasValidShape(page)))
        {
            throw Invalid("page must be an object containing a cursor or number and optional size", "page");
        }

        var order = (query.Scalar("order") ?? "desc").ToLowerInvariant();
        if (order is not ("asc" or "desc"))
        {
            throw Invalid("order is invalid", "order");
        }

        var limit = ToInt(query.Scalar("limit") ?? "10");
        var size = page?.Scalar("size") is { } rawSize ? ToInt(rawSize) : limit;
        var descending = order == "desc";

        if (page?.Scalar("cursor") is { } rawCursor)
        {
            Guid? cursor = null;
            if (rawCursor.Length > 0)
            {
                cursor = Guid.TryParseExact(rawCursor, "D", out var parsed)
                    ? parsed
                    : throw Invalid($"page cursor must be a valid UUID (got \"{rawCursor}\")", "page[cursor]");
            }

            RequireSize(size);
            return new PageRequest(PageMode.Keyset, size, 0, cursor, rawCursor, descending);
        }

        if (page?.Scalar("number") is { } rawNumber)
        {
            var number = ToInt(rawNumber);
            if (number is < Lower or > Upper)
            {
                var hint = number > Upper ? ", please use cursor-based pagination instead" : string.Empty;
                throw Invalid($"page number must be a number between {Lower} and {Upper} (got {number}{hint})", "page[number]");
            }

            RequireSize(size);
            return new PageRequest(PageMode.Offset, size, number, null, string.Empty, descending);
        }

        if (limit is < Lower or > Upper)
        {
            throw Invalid($"limit must be a number between {Lower} and {Upper} (got {limit})", "limit");
        }

        return new PageRequest(PageMode.Limit, limit, 0, null, string.Empty, descending);
    }

    /// <summary>Keygen accepts <c>{number, size?}</c>, <c>{cursor, size?}</c> or nothing; the values must be scalars.</summary>
    private static bool HasValidShape(QueryHash page)
    {
        var scalars = new[] { "number", "size", "cursor" }.All(key => page.Get(key) is null or QueryScalar);
        return scalars && (page.Members.Count == 0 || page.Members.ContainsKey("number") || page.Members.ContainsKey("cursor"));
    }

    private static void RequireSize(int size)
    {
        if (size is < Lower or > Upper)
        {
            throw Invalid($"page size must be a number between {Lower} and {Upper} (got {size})", "page[size]");
        }
    }

    /// <summary>Ruby's <c>String#to_i</c>: the leading integer, or 0.</summary>
    private static int ToInt(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && (char.IsAsciiDigit(trimmed[end]) || (end == 0 && trimmed[end] is '-' or '+')))
        {
            end++;
        }

        return int.TryParse(trimmed.AsSpan(0, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static ApiException Invalid(string detail, string parameter) => Errors.BadRequest(detail, ErrorSource.Parameter(parameter));
}

internal enum PageMode
{
    Limit,
    Offset,
    Keyset,
}
