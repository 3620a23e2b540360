using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>
/// Gives every additional file the item metadata <c>KeygenSchema=true</c>, as src/KeygenGen's project does for
/// schema/*.json, so tests can pass schema files under any name.
/// </summary>
internal sealed class SchemaMetadataOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions s_schema = new DictionaryOptions(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.KeygenSchema"] = "true",
    });

    private static readonly AnalyzerConfigOptions s_empty = new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => s_empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_schema;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys.ToList();
    }
}
