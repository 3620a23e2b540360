using System.Collections.Generic;

namespace Keygen.Emulator.Model;

/// <summary>The wire names of the user roles (the <c>role</c> attribute of users).</summary>
internal static class UserRoles
{
    private static readonly Dictionary<string, Role> ByName = new()
    {
        ["user"] = Role.User,
        ["admin"] = Role.Admin,
        ["developer"] = Role.Developer,
        ["sales-agent"] = Role.SalesAgent,
        ["support-agent"] = Role.SupportAgent,
        ["read-only"] = Role.ReadOnly,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out Role role) => ByName.TryGetValue(name, out role);

    public static string NameOf(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Developer => "developer",
        Role.SalesAgent => "sales-agent",
        Role.SupportAgent => "support-agent",
        Role.ReadOnly => "read-only",
        _ => "user",
    };
}
