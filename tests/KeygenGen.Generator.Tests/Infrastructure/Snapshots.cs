using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace KeygenGen.Generator.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots without Verify (not served here): one <c>{HintName}.verified.cs</c> per generated file
/// under <c>Emitting/Snapshots/{scenario}/</c>. A mismatch writes <c>.received.cs</c> beside it and fails with a
/// diff. A missing snapshot is written and passes locally, but fails when <c>CI=true</c>; so does a stale one (a
/// snapshot no generated file matches). <c>UPDATE_SNAPSHOTS=1</c> accepts all new output.
/// </summary>
internal static partial class Snapshots
{
    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Verify(string scenario, IEnumerable<(string HintName, string Text)> files)
    {
        var directory = Path.Combine(RepositoryPaths.TestProjectDirectory, "Emitting", "Snapshots", scenario);
        Directory.CreateDirectory(directory);
        var failures = new List<string>();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (hintName, text) in files)
        {
            var stem = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;
            var verifiedPath = Path.Combine(directory, stem + ".verified.cs");
            var receivedPath = Path.Combine(directory, stem + ".received.cs");
            expectedNames.Add(Path.GetFileName(verifiedPath));
            var actual = Scrub(text);

            if (Updating || (!File.Exists(verifiedPath) && !InCi))
            {
                File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
                File.Delete(receivedPath);
                continue;
            }

            if (!File.Exists(verifiedPath))
            {
                File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
                failures.Add($"{scenario}/{stem}: no snapshot (CI=true). Review {receivedPath}, then run with UPDATE_SNAPSHOTS=1.");
                continue;
            }

            var expected = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            failures.Add($"{scenario}/{stem} differs from its snapshot:\n{Diff(expected, actual)}");
        }

        foreach (var stale in Directory.GetFiles(directory, "*.verified.cs").Where(p => !expectedNames.Contains(Path.GetFileName(p))))
        {
            if (Updating)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{scenario}: stale snapshot {Path.GetFileName(stale)} (no generated file matches it; delete it or run with UPDATE_SNAPSHOTS=1).");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Removes what legitimately changes between builds: the product version in [GeneratedCode].</summary>
    public static string Scrub(string text)
        => GeneratedCodeVersion().Replace(text.ReplaceLineEndings("\n"), "GeneratedCodeAttribute(\"KeygenGen\", \"{version}\")");

    private static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual).Lines
            .Where(l => l.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text);
        return string.Join("\n", lines);
    }

    [GeneratedRegex("GeneratedCodeAttribute\\(\"KeygenGen\", \"[^\"]*\"\\)")]
    private static partial Regex GeneratedCodeVersion();
}
