using System;
using System.IO;

namespace KeygenGen.DocsTool;

/// <summary>Finds the repository root: the folder that holds <c>KeygenGen.sln</c>.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "KeygenGen.sln";

    /// <summary>The root named on the command line, or the nearest folder at or above <paramref name="start"/> with the solution.</summary>
    /// <exception cref="DocsToolException">The named folder is not a repository root, or none was found.</exception>
    public static string Resolve(string? argument, string start)
    {
        if (argument is not null)
        {
            var named = Path.GetFullPath(argument);
            return IsRoot(named)
                ? named
                : throw new DocsToolException($"'{named}' is not the KeygenGen repository root: it has no {SolutionFile}.");
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (IsRoot(folder.FullName))
            {
                return folder.FullName;
            }
        }

        throw new DocsToolException($"No {SolutionFile} in '{start}' or any folder above it; pass the repository root as the argument.");
    }

    private static bool IsRoot(string folder) => File.Exists(Path.Combine(folder, SolutionFile));
}
