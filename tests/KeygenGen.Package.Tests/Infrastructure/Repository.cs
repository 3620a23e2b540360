using System;
using System.IO;

namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>The checked-out repository the tests run in.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KeygenGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KeygenGen.sln above {start}: the package tests run inside the repository.");
    }
}
