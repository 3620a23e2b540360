using System.Text.RegularExpressions;

namespace Keygen.Emulator.Model;

/// <summary>The loose email shape Keygen checks: something, an @, a domain with a dot.</summary>
internal static partial class EmailAddresses
{
    public static bool IsValid(string email) => Pattern().IsMatch(email);

    [GeneratedRegex(@"\A[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex Pattern();
}
