using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>
/// The README states how many operations the SDK has, which must agree with the schema; and every C# example in it compiles
/// against the real assemblies (the extension example with the generator run over the schema entry shown before it).
/// </summary>
public sealed partial class ReadmeTests
{
    public static TheoryData<string> Documents => new("README.md", "docs/runtime.md");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_csharp_example_compiles(string document)
    {
        var blocks = MarkdownCodeBlocks.Read(File.ReadAllText(Repository.PathOf(document)).ReplaceLineEndings("\n"));
        var problems = new List<string>();
        string? schemaEntry = null;
        foreach (var block in blocks)
        {
            if (block.Language == "json" && block.Code.Contains("\"operations\"", System.StringComparison.Ordinal))
            {
                schemaEntry = block.Code;
            }
            else if (block.Language == "csharp")
            {
                problems.AddRange(SnippetCompiler.Problems(block, document, schemaEntry));
                schemaEntry = null;
            }
        }

        Assert.True(blocks.Count(b => b.Language == "csharp") >= 5, $"{document} has too few C# examples to check.");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_readme_operation_count_matches_the_schema()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var match = OperationCount().Match(readme);

        Assert.True(match.Success, "README.md has no <!-- operation-count -->N<!-- /operation-count --> marker.");
        Assert.Equal(Repository.ParseSchema().Spec.Operations.Count, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<!-- operation-count -->(\\d+)<!-- /operation-count -->")]
    private static partial Regex OperationCount();
}
