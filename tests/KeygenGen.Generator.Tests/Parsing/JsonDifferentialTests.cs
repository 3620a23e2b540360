using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace KeygenGen.Generator.Tests.Parsing;

/// <summary>
/// Our JSON reader and System.Text.Json (strict options) must agree, on accepting or rejecting a text and on the
/// values read: for every schema file of the repository, every sample, and many generated texts.
/// </summary>
public class JsonDifferentialTests
{
    /// <summary>
    /// Every <c>schema/*.json</c> of the repository, the format's JSON Schema (a larger document with many escapes) and
    /// every sample, by path relative to the repository.
    /// </summary>
    public static TheoryData<string> Files() => new(FilePaths());

    private static string[] FilePaths()
        => TestFiles.SchemaFiles()
            .Append(Path.Combine(TestFiles.RepoRoot, "schema", "format", "keygen.schema.json"))
            .Concat(TestFiles.SampleFiles(TestFiles.Samples))
            .Select(p => TestFiles.Relative(TestFiles.RepoRoot, p))
            .ToArray();

    [Theory]
    [MemberData(nameof(Files))]
    public void Agrees_with_System_Text_Json_on_every_file(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepoRoot, file));
        Assert.Equal(JsonCanonical.FromSystemTextJson(text), JsonCanonical.FromOurs(text));
    }

    [Fact]
    public void The_files_include_valid_and_invalid_json()
    {
        var verdicts = FilePaths().Select(file => JsonCanonical.FromOurs(File.ReadAllText(Path.Combine(TestFiles.RepoRoot, file))) is not null).ToList();
        Assert.Contains(true, verdicts);
        Assert.Contains(false, verdicts);
    }

    [Theory]
    [InlineData("{\"a\":[1,-0,0.5,1e3,1E-3,-2.5e+10,true,false,null,\"s\"]}")]
    [InlineData("\"\\u00e9\\u00E9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\"")]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00x\"")]
    [InlineData("\"\\ud800\\ud800\"")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"a\":1,\"\\u0061\":2}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("// c\n{}")]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData("[1 2]")]
    [InlineData("{} {}")]
    [InlineData("  \r\n\t[ ]\r\n ")]
    [InlineData("")]
    [InlineData("\"\u007f\"")]
    [InlineData("\"a\u0001\"")]
    [InlineData("[True]")]
    [InlineData("{'a':1}")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1e400")]
    public void Agrees_with_System_Text_Json_on_edge_cases(string text)
        => Assert.Equal(JsonCanonical.FromSystemTextJson(text), JsonCanonical.FromOurs(text));

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Agrees_with_System_Text_Json_on_the_depth_limit(int depth)
    {
        var text = new string('[', depth) + new string(']', depth);
        Assert.Equal(JsonCanonical.FromSystemTextJson(text) is not null, JsonCanonical.FromOurs(text) is not null);
    }

    /// <summary>
    /// Random texts over JSON's own alphabet (plus a few troublemakers), and random edits of a valid sample:
    /// most are invalid in some way, and both readers must say so the same way.
    /// </summary>
    [Fact]
    public void Agrees_with_System_Text_Json_on_random_texts()
    {
        var random = new Random(20260101);
        string[] tokens =
        [
            "{", "}", "[", "]", ":", ",", " ", "\n", "\"", "\"a\"", "\"k\":", "0", "1", "-", ".", "e", "+",
            "true", "false", "null", "tru", "\\", "\\u", "d800", "\\n", "x", "/", "*", "'", "\t", "\u00e9",
        ];
        var sample = File.ReadAllText(Path.Combine(TestFiles.ValidSamples, "Full", "shared.json"));
        var disagreements = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var text = i % 2 == 0
                ? string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => tokens[random.Next(tokens.Length)]))
                : Mutate(sample, random, tokens);
            var expected = JsonCanonical.FromSystemTextJson(text);
            var actual = JsonCanonical.FromOurs(text);
            if (expected != actual)
            {
                disagreements.AppendLine($"{text}\n  System.Text.Json: {expected ?? "rejected"}\n  ours: {actual ?? "rejected"}");
            }
        }

        Assert.True(disagreements.Length == 0, disagreements.ToString());
    }

    private static string Mutate(string text, Random random, string[] tokens)
    {
        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, tokens[random.Next(tokens.Length)]),
            _ => text.Substring(0, at),
        };
    }
}
