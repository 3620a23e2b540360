using System;
using System.IO;

namespace Keygen.Acceptance.Suite;

/// <summary>
/// Finds Keygen's acceptance suite at run time (it is test data, never part of the product): the directory named by
/// <c>KEYGEN_API_SUITE</c>, else <c>shared/keygen-api-suite</c> in the nearest ancestor of the test binaries or of
/// the repository that has one (the shared folder sits beside the clone).
/// </summary>
internal static class SuiteLocator
{
    public const string Variable = "KEYGEN_API_SUITE";

    private static readonly Lazy<string> Found = new(Locate);

    /// <summary>The suite's root (the folder holding <c>features/</c> and <c>spec/</c>).</summary>
    public static string Root => Found.Value;

    public static string FeaturesDirectory => Path.Combine(Root, "features", "api", "v1");

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return IsSuite(configured) ? Path.GetFullPath(configured)
                : throw new InvalidOperationException($"{Variable}={configured} does not hold features/api/v1.");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Repository.Root })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "keygen-api-suite");
                if (IsSuite(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Keygen's acceptance suite was not found: no shared/keygen-api-suite above {Repository.Root}. Set {Variable} to its folder.");
    }

    private static bool IsSuite(string path) => Directory.Exists(Path.Combine(path, "features", "api", "v1"));
}
