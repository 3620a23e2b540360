using System;
using System.IO;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>Finds folders of this repository from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaDirectory => Path.Combine(Root, "schema");

    public static string TestProjectDirectory => Path.Combine(Root, "tests", "KeygenGen.Generator.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KeygenGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KeygenGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
