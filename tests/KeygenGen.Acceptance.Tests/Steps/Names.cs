using System;

namespace Keygen.Acceptance.Steps;

/// <summary>ActiveSupport's <c>pluralize</c> and <c>singularize</c> for the resource names the suite writes (<c>license</c>, <c>policy</c>, <c>process</c>, <c>license-files</c>).</summary>
internal static class Names
{
    /// <summary>ActiveSupport's <c>singularize</c> for the suite's names (<c>policies</c>, <c>processes</c>, <c>arches</c>, <c>licenses</c>).</summary>
    public static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y"
        : name.EndsWith("sses", StringComparison.Ordinal) || name.EndsWith("ches", StringComparison.Ordinal) || name.EndsWith("shes", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) ? name[..^1] : name;

    public static string Pluralize(string name)
    {
        if (name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) && !name.EndsWith("us", StringComparison.Ordinal))
        {
            return name;
        }

        if (name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(name[^2], StringComparison.Ordinal))
        {
            return name[..^1] + "ies";
        }

        return name.EndsWith("ss", StringComparison.Ordinal) || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal) || name.EndsWith('x')
            ? name + "es"
            : name + "s";
    }
}
