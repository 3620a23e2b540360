namespace KeygenGen.DocsTool;

/// <summary>Keygen's paging parameters (keyset and offset), which every paged list accepts but the schema does not repeat.</summary>
internal static class Paging
{
    public const string SizeParameter = "page[size]";
    public const string CursorParameter = "page[cursor]";
    public const string NumberParameter = "page[number]";
    public const int MaxSize = 100;
    public const int MaxNumber = 100;
    public const string SizeSummary = "Items per page, 1 to 100.";
    public const string CursorSummary = "Where the page starts: the `page[cursor]` of the previous page's `next` link; empty for the first page.";
    public const string NumberSummary = "Offset paging instead of the cursor: the page, 1 to 100 (beyond page 100 Keygen requires the cursor). "
        + "Its answer counts the list in `links.meta` (`count`, `pages`), except for webhook events, request logs and event logs.";
}
