using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using KeygenGen.DocsTool;

namespace KeygenGen.Docs.Tests;

/// <summary>The docs generated in-process from the repository's schema, written to a temporary folder once per test class.</summary>
public sealed class GeneratedDocsFixture : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("keygen-docs-");

    public GeneratedDocsFixture()
    {
        var bound = SchemaLoader.Load(Repository.Root, CancellationToken.None);
        Files = DocsFiles.Generate(bound.Spec);
        DocsFiles.Write(Files, _output.FullName);
    }

    internal IReadOnlyList<GeneratedFile> Files { get; }

    public string OutputRoot => _output.FullName;

    public void Dispose() => _output.Delete(recursive: true);
}
