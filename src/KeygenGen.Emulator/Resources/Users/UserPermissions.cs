using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// A user's permissions on create and update (Keygen's User and UserPolicy): what a role change keeps, what may be given,
/// the <c>admin.*</c> actions acting on an admin takes, no escalation beyond the bearer's own, and an account that keeps
/// an admin with every permission.
/// </summary>
internal static class UserPermissions
{
    /// <summary>Applies a role change and the given <c>permissions</c>, if any (a 422 for actions the role may not hold).</summary>
    public static void Assign(ApiRequest request, User user, Role previousRole, Fields attributes)
    {
        BearerPermissions.AfterRoleChange(user, previousRole, request.Account);
        var errors = new ValidationErrors("users", "user");
        if (PermissionInput.ForBearer(attributes, user.Role, errors) is { } given)
        {
            user.Permissions = given;
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// Keygen's UserPolicy before its role rule: the route's permission and, on an admin, the matching <c>admin.*</c>
    /// (<paramref name="action"/>: read, create, update, delete); then no escalation: a bearer of the same role that is
    /// not a root admin may only give permissions it holds, and none may act on a higher role.
    /// </summary>
    public static void RequirePrivileges(ApiRequest request, User user, string action)
    {
        if (user.Role == Role.Admin)
        {
            PermissionCheck.AlsoVerify(request, "admin." + action);
        }

        PermissionCheck.VerifyRoute(request);
        if (request.Caller.Bearer is not { } bearer)
        {
            return;
        }

        var escalates = bearer.Role == user.Role && !(bearer is User self && BearerPermissions.IsRoot(self, request.Account)) &&
            !BearerPermissions.Can(bearer, request.Account, BearerPermissions.Of(user, request.Account).ToList());
        Access.Require(request, !escalates && Rank(bearer.Role) >= Rank(user.Role),
            $"{PermissionCatalog.NameOf(bearer.Role)} lacks privileges to perform action on user");
    }

    /// <summary>
    /// An admin whose permissions change must leave the account an admin with every permission: itself, or another.
    /// </summary>
    public static void KeepARootAdmin(AccountState account, User user)
    {
        if (user.Role != Role.Admin || BearerPermissions.IsRoot(user, account) ||
            account.Table<User>().Everywhere.Any(u => u != user && BearerPermissions.IsRoot(u, account)))
        {
            return;
        }

        new ValidationErrors("users", "user")
            .Relationship("account", "ADMINS_REQUIRED", "account must have at least 1 admin user with a full permission set")
            .ThrowIfAny();
    }

    // Keygen's role ranks: who may act on whom.
    private static int Rank(Role role) => role switch
    {
        Role.Admin => 7,
        Role.Environment => 6,
        Role.Developer => 5,
        Role.Product => 4,
        Role.SalesAgent => 3,
        Role.SupportAgent => 2,
        Role.ReadOnly => 1,
        _ => 0,
    };
}
