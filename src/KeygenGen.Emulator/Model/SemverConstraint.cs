using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Model;

/// <summary>
/// An upgrade constraint such as <c>1</c>, <c>~&gt; 1.2</c> or <c>1.2.3</c>: Keygen keeps upgrades with the same
/// major version, and the same minor (and at least the patch) when those are given; a pre-release or build tag
/// (<c>1-beta</c>, <c>1+p1</c>) keeps upgrades whose tag has the same words and, when it has one, the same number
/// (Keygen's <c>semver_pre_word</c>/<c>semver_pre_num</c> columns, <c>Release#upgrade!</c>).
/// </summary>
internal sealed partial record SemverConstraint(long Major, long? Minor, long? Patch, string? Prerelease = null, string? Build = null)
{
    public static SemverConstraint? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        static long? Part(System.Text.RegularExpressions.Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : null;
        static string? Tag(System.Text.RegularExpressions.Group group) => group.Success ? group.Value : null;
        return new SemverConstraint(Part(match.Groups[1])!.Value, Part(match.Groups[2]), Part(match.Groups[3]), Tag(match.Groups[4]), Tag(match.Groups[5]));
    }

    public bool Allows(Semver version) =>
        version.Major == Major
        && (Minor is not { } minor || (Patch is null ? version.Minor >= minor : version.Minor == minor))
        && (Patch is not { } patch || version.Patch >= patch)
        && SameTag(Prerelease, version.Prerelease)
        && SameTag(Build, version.Build);

    /// <summary>A tag's words (its non-numeric identifiers, rejoined with dots) and its first numeric identifier.</summary>
    private static (string? Word, string? Number) Split(string? tag)
    {
        var parts = (tag ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var words = parts.Where(p => !p.All(char.IsAsciiDigit)).ToArray();
        return (words.Length > 0 ? string.Join('.', words) : null, parts.FirstOrDefault(p => p.All(char.IsAsciiDigit)));
    }

    private static bool SameTag(string? wanted, string? actual)
    {
        var (word, number) = Split(wanted);
        var (actualWord, actualNumber) = Split(actual);
        return (word is null || word == actualWord) && (number is null || number == actualNumber);
    }

    [GeneratedRegex(@"^(?:(?:~>|>=|<=|=|>|<|~)\s*)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")]
    private static partial Regex Pattern();
}
