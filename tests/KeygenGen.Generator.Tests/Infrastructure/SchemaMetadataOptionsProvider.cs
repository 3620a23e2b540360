using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>
/// Gives every additional file the item metadata <c>KeygenSchema=true</c>, as src/KeygenGen's project does for
/// schema/*.json, so tests can pass schema files under any name; the files named in
/// <paramref name="referencePaths"/> also get <c>KeygenSchemaRole=Reference</c>, as the package does in a consumer's build.
/// </summary>
internal sealed class SchemaMetadataOptionsProvider(IReadOnlySet<string>? referencePaths = null) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions s_schema = new DictionaryOptions(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.KeygenSchema"] = "true",
    });

    private static readonly AnalyzerConfigOptions s_reference = new DictionaryOptions(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.KeygenSchema"] = "true",
        ["build_metadata.AdditionalFiles.KeygenSchemaRole"] = "Reference",
    });

    private static readonly AnalyzerConfigOptions s_empty = new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => s_empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => referencePaths is not null && referencePaths.Contains(textFile.Path) ? s_reference : s_schema;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys.ToList();
    }
}
