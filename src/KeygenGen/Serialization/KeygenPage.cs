using System.Collections.Generic;

namespace Keygen.Serialization;

/// <summary>One page of a list, with Keygen's paging links.</summary>
/// <typeparam name="T">The resource model.</typeparam>
public sealed class KeygenPage<T>
{
    /// <summary>Creates a page.</summary>
    public KeygenPage(IReadOnlyList<T> data, KeygenPageLinks links)
    {
        Data = data;
        Links = links;
    }

    /// <summary>The resources of this page, in server order.</summary>
    public IReadOnlyList<T> Data { get; }

    /// <summary>The document's <c>links</c>: <see cref="KeygenPageLinks.Next"/> is null on the last page.</summary>
    public KeygenPageLinks Links { get; }

    /// <inheritdoc />
    public override string ToString() => $"Page of {Data.Count} {typeof(T).Name}";
}

/// <summary>The <c>links</c> of a list document, as paths or URLs Keygen sent (null when absent).</summary>
/// <param name="Self">This page.</param>
/// <param name="Next">The next page; null on the last page.</param>
/// <param name="Prev">The previous page.</param>
/// <param name="First">The first page.</param>
/// <param name="Last">The last page (offset paging only).</param>
public sealed record KeygenPageLinks(string? Self, string? Next, string? Prev, string? First, string? Last)
{
    /// <summary>No links.</summary>
    public static KeygenPageLinks None { get; } = new(null, null, null, null, null);
}
