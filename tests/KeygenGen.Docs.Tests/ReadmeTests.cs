using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The README states how many operations the SDK has; it must agree with the schema.</summary>
public sealed partial class ReadmeTests
{
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
