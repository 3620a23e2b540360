using System;
using System.IO;

namespace Keygen.Acceptance.Suite;

/// <summary>The checked-out repository the tests run in (the folder holding KeygenGen.sln).</summary>
internal static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KeygenGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KeygenGen.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => Found.Value;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);
}
