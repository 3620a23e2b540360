namespace KeygenGen.Generator;

/// <summary>Names of the pipeline steps, so incremental-caching tests can find and check each one.</summary>
internal static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string BoundApi = nameof(BoundApi);
    public const string Spec = nameof(Spec);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Plan = nameof(Plan);
    public const string Files = nameof(Files);
}
