using System;

namespace Keygen;

/// <summary>What a credential value must look like before it goes into an <c>Authorization</c> header.</summary>
internal static class CredentialRules
{
    /// <summary>Describes what is wrong with <paramref name="value"/>, or returns <see langword="null"/> when it is usable. Never quotes the value.</summary>
    public static string? Problem(string? value)
    {
        if (value is null || string.IsNullOrWhiteSpace(value))
        {
            return "is empty";
        }

        foreach (char c in value)
        {
            // Control characters (CR, LF) would let a value inject headers; they never occur in real credentials.
            if (char.IsControl(c))
            {
                return "contains control characters (such as a line break)";
            }
        }

        return value.Trim().Length != value.Length ? "has leading or trailing whitespace" : null;
    }

    public static void Require(string? value, string paramName)
    {
        if (Problem(value) is { } problem)
        {
            throw new ArgumentException($"The value {problem}.", paramName);
        }
    }
}
