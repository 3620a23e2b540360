using System.Globalization;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Model;

/// <summary>
/// An upgrade constraint such as <c>1</c>, <c>~&gt; 1.2</c> or <c>1.2.3</c>: Keygen keeps upgrades with the same
/// major version, and the same minor (and at least the patch) when those are given.
/// </summary>
internal sealed partial record SemverConstraint(long Major, long? Minor, long? Patch)
{
    public static SemverConstraint? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        static long? Part(System.Text.RegularExpressions.Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : null;
        return new SemverConstraint(Part(match.Groups[1])!.Value, Part(match.Groups[2]), Part(match.Groups[3]));
    }

    public bool Allows(Semver version) =>
        version.Major == Major
        && (Minor is not { } minor || (Patch is null ? version.Minor >= minor : version.Minor == minor))
        && (Patch is not { } patch || version.Patch >= patch);

    [GeneratedRegex(@"^(?:(?:~>|>=|<=|=|>|<|~)\s*)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex Pattern();
}
