using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>
/// What a bearer and a token may do: Keygen's <c>Permissible#can?</c>. A bearer holds its given permissions, else its
/// role's defaults; a token holds its own intersected with its bearer's (a wildcard on either side defers to the other).
/// </summary>
internal static class BearerPermissions
{
    private static readonly IReadOnlySet<string> WildcardOnly = new HashSet<string> { PermissionCatalog.Wildcard };

    /// <summary>
    /// The actions <paramref name="bearer"/> holds, as its <c>permissions</c> attribute shows them: its own, and for a
    /// license with an owner, within the owner's.
    /// </summary>
    public static IReadOnlySet<string> Of(IBearer bearer, AccountState account) =>
        bearer is License { Owner: { } owner } ? Within(Own(bearer, account), Of(owner, account)) : Own(bearer, account);

    /// <summary>The actions given to <paramref name="bearer"/> itself, else its role's defaults.</summary>
    public static IReadOnlySet<string> Own(IBearer bearer, AccountState account) =>
        bearer.Permissions ?? PermissionCatalog.DefaultFor(bearer.Role, AccountDefault(bearer.Role, account));

    /// <summary>The actions a token holds: its own, within its bearer's.</summary>
    public static IReadOnlySet<string> Of(Token token, AccountState account) =>
        Within(token.Permissions ?? WildcardOnly, Of(token.Bearer, account));

    /// <summary>Whether a bearer of <paramref name="role"/> holding <paramref name="held"/> may do all of <paramref name="actions"/>.</summary>
    public static bool Can(IReadOnlySet<string> held, Role role, IReadOnlyCollection<string> actions) =>
        Holds(held, PermissionCatalog.AllowedFor(role), actions);

    public static bool Can(IBearer bearer, AccountState account, IReadOnlyCollection<string> actions) =>
        Can(Of(bearer, account), bearer.Role, actions);

    public static bool Can(Token token, AccountState account, IReadOnlyCollection<string> actions) =>
        Holds(Of(token, account), PermissionCatalog.All, actions);

    /// <summary>
    /// Keygen's rule on a change of role: a user keeps only those of its permissions (as held under
    /// <paramref name="previous"/>) that its new role holds by default, and the wildcard, so user to admin to user
    /// cannot escalate.
    /// </summary>
    public static void AfterRoleChange(User user, Role previous, AccountState account)
    {
        if (user.Role == previous)
        {
            return;
        }

        var held = user.Permissions ?? PermissionCatalog.DefaultFor(previous, AccountDefault(previous, account));
        var kept = PermissionCatalog.DefaultFor(user.Role, AccountDefault(user.Role, account)).Append(PermissionCatalog.Wildcard);
        user.Permissions = held.Intersect(kept).ToHashSet();
    }

    // A set held within another: a wildcard on either side defers to the other side, else both must hold an action.
    private static IReadOnlySet<string> Within(IReadOnlySet<string> own, IReadOnlySet<string> outer)
    {
        if (own.Contains(PermissionCatalog.Wildcard))
        {
            return outer;
        }

        return outer.Contains(PermissionCatalog.Wildcard) ? own : own.Intersect(outer).ToHashSet();
    }

    // With the wildcard, any action the holder may hold; else exactly the actions held.
    private static bool Holds(IReadOnlySet<string> held, IReadOnlySet<string> allowed, IReadOnlyCollection<string> actions) =>
        held.Contains(PermissionCatalog.Wildcard)
            ? actions.All(a => a == PermissionCatalog.Wildcard || allowed.Contains(a))
            : actions.All(held.Contains);

    /// <summary>The account's <c>default_user_permissions</c> or <c>default_license_permissions</c> setting, if set.</summary>
    private static IReadOnlySet<string>? AccountDefault(Role role, AccountState account)
    {
        var setting = account.Table<AccountSetting>().Everywhere
            .FirstOrDefault(s => AccountSetting.PermissionKeys.TryGetValue(s.Key, out var holder) && holder == role);
        return setting?.Value is JsonArray values
            ? values.Select(v => v?.GetValue<string>()).OfType<string>().ToHashSet()
            : null;
    }
}
