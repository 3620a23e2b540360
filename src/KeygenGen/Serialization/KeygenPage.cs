using System.Collections.Generic;

namespace Keygen.Serialization;

/// <summary>One page of a list, with Keygen's paging links and, on an offset page, its counts.</summary>
/// <typeparam name="T">The resource model.</typeparam>
public sealed class KeygenPage<T>
{
    // The links, or on a counted page a CountedLinks holding them with the counts: one field for both keeps a cursor page,
    // the common case, as small as it was before pages had counts (the per-call list benchmark's allocation).
    private readonly object _links;

    /// <summary>Creates a page without counts, as a cursor page is.</summary>
    public KeygenPage(IReadOnlyList<T> data, KeygenPageLinks links)
    {
        Data = data;
        _links = links;
    }

    /// <summary>Creates a page with the counts Keygen sends in <c>links.meta</c> of an offset page (null when absent).</summary>
    public KeygenPage(IReadOnlyList<T> data, KeygenPageLinks links, long? totalCount, long? pageCount)
    {
        Data = data;
        _links = totalCount is null && pageCount is null ? links : new CountedLinks(links, totalCount, pageCount);
    }

    /// <summary>The resources of this page, in server order.</summary>
    public IReadOnlyList<T> Data { get; }

    /// <summary>The document's <c>links</c>: <see cref="KeygenPageLinks.Next"/> is null on the last page.</summary>
    public KeygenPageLinks Links => _links as KeygenPageLinks ?? ((CountedLinks)_links).Links;

    /// <summary>
    /// How many resources the whole list holds (<c>links.meta.count</c>), which Keygen sends only for offset pages
    /// (<c>PageNumber</c> set); null on cursor pages and on lists Keygen does not count (webhook events, request and event logs).
    /// </summary>
    public long? TotalCount => (_links as CountedLinks)?.TotalCount;

    /// <summary>
    /// How many pages of this size the list has (<c>links.meta.pages</c>), sent with <see cref="TotalCount"/>; null when it is.
    /// </summary>
    public long? PageCount => (_links as CountedLinks)?.PageCount;

    /// <inheritdoc />
    public override string ToString() => TotalCount is { } total
        ? $"Page of {Data.Count} {typeof(T).Name} ({total} in {PageCount} pages)"
        : $"Page of {Data.Count} {typeof(T).Name}";

    private sealed class CountedLinks
    {
        public CountedLinks(KeygenPageLinks links, long? totalCount, long? pageCount)
        {
            Links = links;
            TotalCount = totalCount;
            PageCount = pageCount;
        }

        public KeygenPageLinks Links { get; }

        public long? TotalCount { get; }

        public long? PageCount { get; }
    }
}

/// <summary>The <c>links</c> of a list document, as paths or URLs Keygen sent (null when absent).</summary>
/// <param name="Self">This page.</param>
/// <param name="Next">The next page; null on the last page.</param>
/// <param name="Prev">The previous page (offset paging only).</param>
/// <param name="First">The first page (offset paging only).</param>
/// <param name="Last">The last page (offset paging only).</param>
public sealed record KeygenPageLinks(string? Self, string? Next, string? Prev, string? First, string? Last)
{
    /// <summary>No links.</summary>
    public static KeygenPageLinks None { get; } = new(null, null, null, null, null);
}
