namespace KeygenGen.DocsTool;

/// <summary>Keygen's keyset paging parameters, which every paged list accepts but the schema does not repeat.</summary>
internal static class Paging
{
    public const string SizeParameter = "page[size]";
    public const string CursorParameter = "page[cursor]";
    public const int MaxSize = 100;
    public const string SizeSummary = "Items per page, 1 to 100.";
    public const string CursorSummary = "Where the page starts: the `page[cursor]` of the previous page's `next` link; empty for the first page.";
}
