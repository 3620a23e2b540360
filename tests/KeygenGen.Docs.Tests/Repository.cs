using System;
using System.IO;
using System.Linq;
using System.Threading;
using KeygenGen.DocsTool;
using KeygenGen.Generator.Parsing;

namespace KeygenGen.Docs.Tests;

/// <summary>The checked-out repository these tests run in, and its schema read straight through the parser.</summary>
internal static class Repository
{
    public static string Root { get; } = RepositoryRoot.Resolve(null, AppContext.BaseDirectory);

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>
    /// schema/*.json parsed and bound by the generator's parser, without the docs
    /// tool's loader, so the tests compare the tool's output with an independent reading.
    /// </summary>
    public static BoundApi ParseSchema()
    {
        var files = Directory.GetFiles(PathOf("schema"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => SchemaParser.Parse(path, File.ReadAllText(path), CancellationToken.None))
            .ToList();
        return SchemaBinder.Bind(files, CancellationToken.None);
    }

    /// <summary>One schema file's text parsed and bound on its own, as a user's single schema file would be.</summary>
    public static BoundApi ParseOne(string fileName, string text)
        => SchemaBinder.Bind([SchemaParser.Parse(fileName, text, CancellationToken.None)], CancellationToken.None);
}
