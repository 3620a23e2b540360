using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeygenGen.Generator;

/// <summary>Decides cheaply, from the path and item metadata alone, which AdditionalFiles are schema files.</summary>
internal static class SchemaFileFilter
{
    /// <summary>The suffix users give their own schema files.</summary>
    public const string Suffix = ".keygen.json";

    /// <summary>
    /// A file is a schema file when it ends in <c>.keygen.json</c> or carries the item metadata
    /// <c>KeygenSchema="true"</c> (how the SDK's own <c>schema/*.json</c> are passed).
    /// </summary>
    public static bool IsSchemaFile(string path, AnalyzerConfigOptions options)
    {
        if (path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.TryGetValue("build_metadata.AdditionalFiles.KeygenSchema", out var flag)
            && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the file is the SDK's own schema, passed to a consumer's build to bind against.</summary>
    public static bool IsReferenceFile(AnalyzerConfigOptions options)
        => options.TryGetValue("build_metadata.AdditionalFiles.KeygenSchemaRole", out var role)
            && string.Equals(role, "Reference", StringComparison.OrdinalIgnoreCase);
}
