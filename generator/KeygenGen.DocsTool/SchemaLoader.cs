using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using KeygenGen.Generator.Parsing;

namespace KeygenGen.DocsTool;

/// <summary>Reads the repository's schema files through the generator's own parser and binder.</summary>
internal static class SchemaLoader
{
    private const string SchemaFolder = "schema";

    /// <summary>The schema files, as repository-relative paths with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> SchemaFiles(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, SchemaFolder);
        if (!Directory.Exists(folder))
        {
            throw new DocsToolException($"The schema folder '{folder}' does not exist.");
        }

        return Directory.EnumerateFiles(folder, "*.json")
            .Select(Path.GetFileName)
            .Select(name => SchemaFolder + "/" + name)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses and binds every schema file; diagnostics carry the repository-relative file paths.</summary>
    public static BoundApi Load(string repositoryRoot, CancellationToken cancellationToken)
    {
        var parsed = SchemaFiles(repositoryRoot)
            .Select(path => SchemaParser.Parse(path, ReadText(repositoryRoot, path), cancellationToken))
            .ToList();
        return SchemaBinder.Bind(parsed, cancellationToken);
    }

    private static string ReadText(string repositoryRoot, string relativePath)
    {
        var fullPath = Path.Combine(repositoryRoot, relativePath);
        try
        {
            return File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocsToolException($"The schema file '{fullPath}' could not be read: {e.Message}");
        }
    }
}
