using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KeygenGen.DocsTool;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The helpers docs/api.md links from their operations exist: the operation, the public method, and the README section.</summary>
public sealed class RuntimeHelperTests
{
    [Fact]
    public void Every_linked_operation_is_in_the_schema()
    {
        var operations = Repository.ParseSchema().Spec.Operations.Select(o => o.Id).ToHashSet();

        Assert.All(RuntimeHelpers.ByOperation.Keys, id => Assert.Contains(id, operations));
    }

    [Fact]
    public void Every_helper_is_a_public_method_of_the_runtime_library()
    {
        var library = typeof(Keygen.KeygenClient).Assembly;

        Assert.All(RuntimeHelpers.All, helper =>
        {
            var type = library.GetType(helper.Type);
            Assert.True(type is { IsPublic: true }, $"{helper.Type} is not a public type of KeygenGen.");
            Assert.True(type!.GetMethods().Any(m => m.Name == helper.Member), $"{helper.Type} has no public method {helper.Member}.");
        });
    }

    [Fact]
    public void Every_helper_links_to_a_section_of_the_readme()
    {
        var headings = Regex.Matches(File.ReadAllText(Repository.PathOf("README.md")), "^#+ (.+)$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim())
            .ToHashSet();

        Assert.All(RuntimeHelpers.All, helper => Assert.Contains(helper.ReadmeSection, headings));
    }
}
