using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KeygenGen.Generator.Tests;

/// <summary>Where the repository's schema files and this project's samples are, found from the test binaries.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples { get; } = Path.Combine(RepoRoot, "tests", "KeygenGen.Generator.Tests", "Samples");

    public static string ValidSamples { get; } = Path.Combine(Samples, "Valid");

    public static string InvalidSamples { get; } = Path.Combine(Samples, "Invalid");

    /// <summary>The repository's <c>schema/*.json</c>; none while the schema is not written yet.</summary>
    public static IReadOnlyList<string> SchemaFiles()
    {
        var schema = Path.Combine(RepoRoot, "schema");
        return Directory.Exists(schema) ? Directory.GetFiles(schema, "*.json").OrderBy(p => p, StringComparer.Ordinal).ToArray() : [];
    }

    public static IReadOnlyList<string> SampleFiles(string directory)
        => Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>A path relative to <paramref name="directory"/>, with '/' separators, for test names and tables.</summary>
    public static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KeygenGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KeygenGen.sln not found above " + AppContext.BaseDirectory);
    }
}
