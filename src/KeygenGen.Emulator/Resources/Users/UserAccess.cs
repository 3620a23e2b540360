using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// Who may see and change users: Keygen's <c>User.accessible_by</c> scope, which every user route looks a user up in
/// (outside it, a 404), and <c>UserPolicy</c>, which then allows or denies the action (a 403).
/// </summary>
internal static class UserAccess
{
    private static readonly Dictionary<Role, int> Ranks = new()
    {
        [Role.Admin] = 7,
        [Role.Environment] = 6,
        [Role.Developer] = 5,
        [Role.Product] = 4,
        [Role.SalesAgent] = 3,
        [Role.SupportAgent] = 2,
        [Role.ReadOnly] = 1,
    };

    /// <summary>
    /// The scope: staff and environments every user (of the request's environment), products every plain user, a user
    /// itself and its teammates, a license its owner and attached users.
    /// </summary>
    public static bool InScope(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product => user.Role == Role.User,
        User self => self == user || IsTeammate(self, user, account),
        License license => license.HasUser(user),
        _ => false,
    };

    /// <summary><c>show?</c> (and <c>index?</c>, row by row): products and environments read plain users only.</summary>
    public static bool CanRead(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        _ when caller.IsStaff => true,
        Product or KeygenEnvironment => user.Role == Role.User,
        User self => self == user || IsTeammate(self, user, account),
        License license => license.HasUser(user),
        _ => false,
    };

    /// <summary>Anonymous sign-ups make plain users of unprotected accounts; sales agents, products and environments make plain users.</summary>
    public static bool CanCreate(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        null => !account.Account.Protected && user.Role == Role.User,
        _ when !OutranksOrEquals(caller, user) => false,
        _ when caller.IsAdmin => true,
        _ => caller.Is(Role.SalesAgent, Role.Product, Role.Environment) && user.Role == Role.User,
    };

    /// <summary>Checked after the change is applied, so a role change cannot escalate privileges.</summary>
    public static bool CanUpdate(Principal caller, User user) =>
        OutranksOrEquals(caller, user)
        && (caller.IsAdmin || (caller.Is(Role.SalesAgent, Role.Product, Role.Environment) && user.Role == Role.User) || caller.Bearer == user);

    /// <summary>Admins and developers delete anyone they outrank; environments plain users; products plain users of no other product.</summary>
    public static bool CanDelete(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        _ when caller.IsAdmin => OutranksOrEquals(caller, user),
        KeygenEnvironment => user.Role == Role.User,
        Product product => user.Role == Role.User && Visibility.LicensesOf(user, account).All(l => l.Product == product),
        _ => false,
    };

    /// <summary>The reason Keygen gives when a product may not delete a plain user: another product's license.</summary>
    public static string? WhyNotDelete(Principal caller, User user, AccountState account) =>
        caller.Bearer is Product && user.Role == Role.User && !CanDelete(caller, user, account) ? "user cannot belong to another product" : null;

    /// <summary>Only plain users are banned, by staff other than read-only, products and environments.</summary>
    public static bool CanBan(Principal caller, User user) =>
        user.Role == Role.User && caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Product, Role.Environment);

    /// <summary>Users sharing a license with <paramref name="self"/> (as owner or attached user).</summary>
    public static bool IsTeammate(User self, User other, AccountState account) =>
        Visibility.LicensesOf(self, account).Any(l => l.HasUser(other));

    /// <summary>
    /// UserPolicy's <c>verify_privileges!</c>: a bearer may not act on a user of a higher rank than its own (admin 7,
    /// environment 6, developer 5, product 4, sales agent 3, support agent 2, read-only 1, user and license 0).
    /// </summary>
    private static bool OutranksOrEquals(Principal caller, User user) => caller.Role is not { } role || Rank(role) >= Rank(user.Role);

    private static int Rank(Role role) => Ranks.GetValueOrDefault(role);
}
