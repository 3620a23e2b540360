using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Paging;

/// <summary>
/// Turns Keygen's cursor paging into <see cref="IAsyncEnumerable{T}"/>: fetches the first page, yields its items, then follows
/// <c>links.next</c> only when the consumer asks for more, and stops at the last page or after <c>limit</c> items.
/// </summary>
public static class KeygenPaging
{
    /// <summary>Enumerates every item across pages, lazily.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">
    /// Fetches one page: given <see langword="null"/> the first page, else the <c>links.next</c> link of the previous page;
    /// returns the page's items and its <c>links.next</c> (<see langword="null"/> on the last page).
    /// </param>
    /// <param name="limit">The most items to yield; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration, including a page fetch in progress.</param>
    /// <returns>The items, in the order Keygen returned them.</returns>
    /// <exception cref="KeygenMalformedResponseException">Keygen sent an empty next link, or one that was already followed (the pages would loop forever).</exception>
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? Next)>> fetchPage,
        int? limit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        if (limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be positive, or null for no limit.");
        }

        var followed = new HashSet<string>(StringComparer.Ordinal);
        string? link = null;
        int yielded = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            (IReadOnlyList<T> items, string? next) = await fetchPage(link, cancellationToken).ConfigureAwait(false);
            foreach (T item in items)
            {
                yield return item;
                if (++yielded == limit)
                {
                    yield break;
                }
            }

            if (next is { Length: 0 })
            {
                // Not a link to anything (KeygenRequest.ForLink refuses an empty path): Keygen sends null on the last page.
                throw new KeygenMalformedResponseException(
                    "Keygen sent an empty links.next, which is no link to a next page; stopping after " + yielded + " items.");
            }

            if (next is not null && !followed.Add(next))
            {
                throw new KeygenMalformedResponseException(
                    "Keygen sent a links.next that was already followed, so paging would never end; stopping after " + yielded + " items.");
            }

            link = next;
        }
        while (link is not null);
    }
}
