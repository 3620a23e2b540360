using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary>Who may see and change users (Keygen's UserPolicy).</summary>
internal static class UserAccess
{
    public static bool Visible(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        _ when caller.IsStaff => true,
        User self => self == user,
        License license => license.HasUser(user),
        Product product => user.Role == Role.User && account.Table<License>().All.Any(l => l.HasUser(user) && l.Product == product),
        _ => false,
    };

    /// <summary>Admins manage anyone; sales agents and products manage plain users; users manage themselves.</summary>
    public static bool CanUpdate(Principal caller, User user) =>
        caller.IsAdmin || (user.Role == Role.User && caller.Is(Role.SalesAgent, Role.Product)) || caller.Bearer == user;

    public static bool CanCreate(Principal caller, User user, AccountState account) => caller.Bearer switch
    {
        null => !account.Account.Protected && user.Role == Role.User,
        _ when caller.IsAdmin => true,
        _ => caller.Is(Role.SalesAgent, Role.Product) && user.Role == Role.User,
    };

    public static bool CanDelete(Principal caller, User user) => caller.IsAdmin || (caller.Is(Role.Product) && user.Role == Role.User);
}
