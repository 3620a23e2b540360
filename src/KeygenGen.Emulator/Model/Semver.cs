using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Model;

/// <summary>
/// A semantic version (<c>MAJOR.MINOR.PATCH[-pre][+build]</c>) ordered by SemVer precedence, plus the build
/// metadata as a final tie-breaker, as Keygen orders releases when it looks for an upgrade.
/// </summary>
internal sealed partial record Semver(long Major, long Minor, long Patch, string? Prerelease, string? Build) : IComparable<Semver>
{
    public static Semver? Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        static long Part(System.Text.RegularExpressions.Group group) => long.Parse(group.Value, CultureInfo.InvariantCulture);
        static string? Tag(System.Text.RegularExpressions.Group group) => group.Success ? group.Value : null;
        return new Semver(Part(match.Groups[1]), Part(match.Groups[2]), Part(match.Groups[3]), Tag(match.Groups[4]), Tag(match.Groups[5]));
    }

    public override string ToString() =>
        $"{Major}.{Minor}.{Patch}" + (Prerelease is null ? string.Empty : "-" + Prerelease) + (Build is null ? string.Empty : "+" + Build);

    public int CompareTo(Semver? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }

        // A pre-release sorts before its release; a build sorts after the same version without one.
        var pre = CompareTags(Prerelease, other.Prerelease, missingFirst: false);
        return pre != 0 ? pre : CompareTags(Build, other.Build, missingFirst: true);
    }

    private static int CompareTags(string? left, string? right, bool missingFirst)
    {
        if (left is null || right is null)
        {
            var sign = missingFirst ? -1 : 1;
            return left == right ? 0 : left is null ? sign : -sign;
        }

        var a = left.Split('.');
        var b = right.Split('.');
        foreach (var (x, y) in a.Zip(b))
        {
            var xNumeric = long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var xn);
            var yNumeric = long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yn);
            var order = (xNumeric, yNumeric) switch
            {
                (true, true) => xn.CompareTo(yn),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(x, y),
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // No "v" prefix: Keygen's SemverValidator (Semverse) refuses "v1.2.3" as "must be a valid version".
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$")]
    private static partial Regex Pattern();
}
