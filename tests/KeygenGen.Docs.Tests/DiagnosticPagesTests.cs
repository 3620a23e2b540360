using System;
using System.IO;
using System.Linq;
using KeygenGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>
/// docs/diagnostics/ has one page per diagnostic id, each descriptor's help link points at its page, and each page
/// tells the truth: its title, severity and message format are the descriptor's, its example makes the parser
/// report exactly what the page shows, and its fix makes the diagnostic go away.
/// </summary>
public sealed class DiagnosticPagesTests
{
    private const string PagesFolder = "docs/diagnostics";
    private const string ExampleFile = "billing.keygen.json";

    // Reported when the compiler cannot supply a schema file's text; no schema content produces it.
    private static readonly string[] s_idsWithoutSchemaExample = ["KGEN0014"];

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void There_is_exactly_one_page_per_descriptor_id()
    {
        var pages = Directory.GetFiles(Repository.PathOf(PagesFolder))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        var expected = DiagnosticDescriptors.All.Select(d => d.Id + ".md").Order(StringComparer.Ordinal);

        Assert.Equal(expected, pages);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_ends_with_the_page_path(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);

        Assert.EndsWith($"/{PagesFolder}/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_states_the_descriptor_title_severity_and_message_format(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var page = ReadPage(id);

        Assert.Equal($"# {id}: {descriptor.Title}", page.Heading);
        Assert.Contains($"| {descriptor.DefaultSeverity} | `{descriptor.MessageFormat}` |", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_reports_what_the_page_shows_and_the_fix_reports_nothing(string id)
    {
        var page = ReadPage(id);
        var example = page.Block(DiagnosticPage.ExampleSection, "json");
        var shown = page.Block(DiagnosticPage.ExampleSection, "text");
        var fix = page.Block(DiagnosticPage.FixSection, "json");
        if (s_idsWithoutSchemaExample.Contains(id))
        {
            Assert.Equal((null, null, null), (example, shown, fix));
            return;
        }

        Assert.True(example is not null && shown is not null && fix is not null,
            $"{id}.md needs a ```json example and a ```text of what it reports under '## {DiagnosticPage.ExampleSection}', and a ```json fix under '## {DiagnosticPage.FixSection}'");

        var reported = Repository.DiagnoseOne(ExampleFile, example).Select(d => d.ToDiagnostic()).ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, d => Assert.Equal(id, d.Id));
        Assert.Equal(shown, string.Join("\n", reported.Select(d => d.ToString())));

        var afterFix = Repository.DiagnoseOne(ExampleFile, fix).Select(d => d.ToDiagnostic().ToString());
        Assert.Empty(afterFix);
    }

    private static DiagnosticPage ReadPage(string id) => DiagnosticPage.Read(Repository.PathOf($"{PagesFolder}/{id}.md"));
}
