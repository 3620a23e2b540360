namespace KeygenGen.Generator;

// Must stay immutable and structurally equatable: it is the first cached step of the pipeline.

/// <summary>A schema file's path and text, copied out of the AdditionalText so no pipeline step holds Roslyn objects.</summary>
/// <param name="Text">Null when the compiler could not read the file.</param>
/// <param name="IsReference">The SDK's own schema passed to a consumer's build (item metadata <c>KeygenSchemaRole="Reference"</c>).</param>
internal sealed record SchemaFileText(string Path, string? Text, bool IsReference);
