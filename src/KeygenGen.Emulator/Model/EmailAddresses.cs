using System.Text.RegularExpressions;

namespace Keygen.Emulator.Model;

/// <summary>The loose email shape Keygen checks: something, an @, a domain with a dot.</summary>
internal static partial class EmailAddresses
{
    public static bool IsValid(string email) => Pattern().IsMatch(email);

    /// <summary>Keygen's EMAIL_RE, which a password sign-in's username must match: its domain is dot-separated labels of letters, digits and hyphens.</summary>
    public static bool IsSignInAddress(string email) => SignInPattern().IsMatch(email);

    [GeneratedRegex(@"\A[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\A[^@\s]+@(?:[-a-z0-9]+\.)+[a-z]{2,}\z", RegexOptions.IgnoreCase)]
    private static partial Regex SignInPattern();
}
