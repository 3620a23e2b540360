using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KeygenGen.Package.Tests.Infrastructure;
using Xunit;

namespace KeygenGen.Package.Tests;

/// <summary>A mistake in a consumer's schema file fails its build with a KGEN error at the mistake's place in that file.</summary>
[Collection(PackagesCollection.Name)]
public sealed partial class BrokenSchemaTests(PackagesFixture packages)
{
    // "Licence" names no declared resource: neither the consumer's nor the SDK's (whose License it meant).
    private const string Misspelt = "\"Licence\"";

    private const string BrokenSchema = """
        {
          "resources": {
            "Invoice": {
              "type": "invoices",
              "attributes": { "total": { "type": "int64" } },
              "relationships": { "license": { "to": "Licence" } }
            }
          }
        }
        """;

    [Fact]
    public async Task An_unknown_type_reference_fails_the_build_with_KGEN0007_pointing_into_the_consumer_s_file()
    {
        var consumer = packages.CopyConsumers("broken");
        var schemaFile = consumer.PathOf("Plain", "billing.keygen.json");
        File.WriteAllText(schemaFile, BrokenSchema);

        var build = await consumer.BuildAsync("Plain");

        Assert.False(build.Succeeded, build.ToString());
        var errors = ErrorLine().Matches(build.Output).Select(m => m.Groups["error"].Value).Distinct(StringComparer.Ordinal).ToList();
        var (line, column) = PositionOf(BrokenSchema, Misspelt);
        var error = Assert.Single(errors);
        Assert.StartsWith($"{schemaFile}({line},{column}", error, StringComparison.Ordinal);
        Assert.Contains("): error KGEN0007: 'Licence' is not a declared resource", error, StringComparison.Ordinal);
    }

    /// <summary>One-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string document, string text)
    {
        var index = document.IndexOf(text, StringComparison.Ordinal);
        var before = document[..index];
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }

    // MSBuild prints each error as "<file>(<line>,<column>[,...]): error <id>: <message> [<project>]", once while
    // building and again in the summary.
    [GeneratedRegex(@"^\s*(?<error>.+?: error [A-Z]+\d+: .*?)(?: \[[^\]]+\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
