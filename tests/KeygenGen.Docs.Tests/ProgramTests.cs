using System;
using System.IO;
using KeygenGen.DocsTool;
using Xunit;

namespace KeygenGen.Docs.Tests;

/// <summary>The command line: exit codes, where it writes, and which files it reads, on a throw-away repository.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("keygen-docs-repo-");

    public ProgramTests()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "KeygenGen.sln"), "");
        Directory.CreateDirectory(Path.Combine(_root.FullName, "schema", "format"));
        // The format's JSON Schema sits below the schema files; were it read as one, it would be reported as invalid.
        File.WriteAllText(Path.Combine(_root.FullName, "schema", "format", "keygen.schema.json"), "{ \"$schema\": 1, not a schema file }");
    }

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Writes_both_docs_and_exits_0_for_a_valid_schema()
    {
        WriteSchema(SampleSchema.Json);

        Assert.Equal(0, Run(_root.FullName));
        Assert.Contains("### licenses.validateKey", File.ReadAllText(Path.Combine(_root.FullName, DocsFiles.ApiMarkdownPath)));
        Assert.Contains("\"operationId\": \"health.pingServer\"", File.ReadAllText(Path.Combine(_root.FullName, DocsFiles.OpenApiPath)));
    }

    [Fact]
    public void Exits_1_for_a_schema_with_errors_and_documents_the_valid_part()
    {
        WriteSchema(SampleSchema.Json.Replace("\"summary\": \"Gets a license.\",", ""));

        Assert.Equal(1, Run(_root.FullName));
        var markdown = File.ReadAllText(Path.Combine(_root.FullName, DocsFiles.ApiMarkdownPath));
        Assert.Contains("### licenses.create", markdown);
        Assert.DoesNotContain("### licenses.get", markdown);
    }

    [Fact]
    public void Exits_2_without_writing_when_the_folder_is_not_a_repository_root()
    {
        var notRoot = Path.Combine(_root.FullName, "schema");

        Assert.Equal(2, Run(notRoot));
        Assert.False(Directory.Exists(Path.Combine(notRoot, "docs")));
    }

    [Fact]
    public void Finds_the_root_by_walking_up_to_the_solution()
    {
        Assert.Equal(_root.FullName, RepositoryRoot.Resolve(null, Path.Combine(_root.FullName, "schema")));
        Assert.Throws<DocsToolException>(() => RepositoryRoot.Resolve(Path.Combine(_root.FullName, "schema"), _root.FullName));
    }

    private void WriteSchema(string json) => File.WriteAllText(Path.Combine(_root.FullName, "schema", "licenses.json"), json);

    private static int Run(string root)
        => (int)typeof(DocsFiles).Assembly.EntryPoint!.Invoke(null, [new[] { root }])!;
}
