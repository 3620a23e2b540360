using System;
using System.IO;
using System.Linq;
using KeygenGen.DocsTool;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The committed docs/api.md and docs/openapi.json are exactly what the tool generates from schema/ now.</summary>
public sealed class GeneratedDocsTests(GeneratedDocsFixture generated) : IClassFixture<GeneratedDocsFixture>
{
    [Theory]
    [InlineData(DocsFiles.ApiMarkdownPath)]
    [InlineData(DocsFiles.OpenApiPath)]
    public void Committed_file_is_current(string relativePath)
    {
        var committedPath = Repository.PathOf(relativePath);
        Assert.True(File.Exists(committedPath), $"{relativePath} is missing. Generate it from the repository root with: {DocsFiles.RegenerateCommand}");

        var expected = File.ReadAllText(Path.Combine(generated.OutputRoot, relativePath));
        // Git may check text out with CRLF on Windows; the generator always writes '\n'.
        var committed = File.ReadAllText(committedPath).Replace("\r\n", "\n");
        if (committed != expected)
        {
            Assert.Fail($"{relativePath} is stale: it is not what schema/*.json generates now ({FirstDifference(committed, expected)}). "
                + $"Regenerate it from the repository root with: {DocsFiles.RegenerateCommand}");
        }
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var again = DocsFiles.Generate(Repository.ParseSchema().Spec);

        Assert.Equal(generated.Files, again);
    }

    [Fact]
    public void Files_are_utf8_without_byte_order_mark_and_use_lf_line_ends()
    {
        foreach (var file in generated.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(generated.OutputRoot, file.RelativePath));
            Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), file.RelativePath + " starts with a byte order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    private static string FirstDifference(string committed, string expected)
    {
        var committedLines = committed.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Min(committedLines.Length, expectedLines.Length); i++)
        {
            if (committedLines[i] != expectedLines[i])
            {
                return $"first difference at line {i + 1}: committed \"{Shorten(committedLines[i])}\", generated \"{Shorten(expectedLines[i])}\"";
            }
        }

        return $"committed has {committedLines.Length} lines, generated {expectedLines.Length}";
    }

    private static string Shorten(string line) => line.Length <= 120 ? line : line[..120] + "…";
}
