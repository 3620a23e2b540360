using System.Collections.Generic;
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
/// A user's permissions on create, update and delete (Keygen's User and UserPolicy): the <c>admin.*</c> actions acting on
/// an admin takes, what a role change keeps, what may be given, no escalation beyond the bearer's own permissions or
/// rank, and an account that keeps an admin with every permission.
/// </summary>
internal static class UserPermissions
{
    /// <summary>
    /// Verifies the route's permissions (with <c>admin.</c><paramref name="action"/> when <paramref name="user"/> is, or
    /// becomes, an admin), then applies a role change and the <c>permissions</c> sent (a 422 for actions the role may
    /// not hold), then refuses an escalation. The caller is judged as it was before the change, as Keygen loads the
    /// bearer apart from the record, so a user updating itself gains nothing from its own update.
    /// </summary>
    public static void Assign(ApiRequest request, User user, Role previousRole, Fields attributes, string action)
    {
        if (user.Role == Role.Admin)
        {
            PermissionCheck.AlsoVerify(request, "admin." + action);
        }

        PermissionCheck.VerifyRoute(request);
        var caller = request.Caller.Bearer is { } bearer ? (bearer, Held: BearerPermissions.Of(bearer, request.Account).ToHashSet()) : default;
        BearerPermissions.AfterRoleChange(user, previousRole, request.Account);
        if (PermissionInput.Given(attributes, user.Role, "users", "user") is { } given)
        {
            user.Permissions = given;
        }

        if (caller.bearer is not null)
        {
            RequireNoEscalation(request, caller.bearer, caller.Held, user);
        }
    }

    /// <summary>Before a delete: the route's permissions, <c>admin.delete</c> for an admin, and no action on a higher role.</summary>
    public static void RequirePrivileges(ApiRequest request, User user)
    {
        if (user.Role == Role.Admin)
        {
            PermissionCheck.AlsoVerify(request, "admin.delete");
        }

        PermissionCheck.VerifyRoute(request);
        if (request.Caller.Bearer is { } bearer)
        {
            RequireNoEscalation(request, bearer, BearerPermissions.Of(bearer, request.Account), user);
        }
    }

    /// <summary>
    /// An admin whose permissions change must leave the account an admin with every permission: itself, or another.
    /// </summary>
    public static void KeepARootAdmin(AccountState account, User user)
    {
        if (user.Role != Role.Admin || IsRoot(user.Role, BearerPermissions.Of(user, account)) ||
            account.Table<User>().Everywhere.Any(u => u != user && IsRoot(u.Role, BearerPermissions.Of(u, account))))
        {
            return;
        }

        new ValidationErrors("users", "user")
            .Relationship("account", "ADMINS_REQUIRED", "account must have at least 1 admin user with a full permission set")
            .ThrowIfAny();
    }

    // Keygen's verify_privileges!: a bearer of the user's role that is not a root admin may only give permissions it
    // holds itself, and no bearer may act on a higher role.
    private static void RequireNoEscalation(ApiRequest request, IBearer bearer, IReadOnlySet<string> held, User user)
    {
        var escalates = bearer.Role == user.Role && !IsRoot(bearer.Role, held) &&
            !BearerPermissions.Can(held, bearer.Role, BearerPermissions.Of(user, request.Account).ToList());
        Access.Require(request, !escalates && Rank(bearer.Role) >= Rank(user.Role),
            $"{PermissionCatalog.NameOf(bearer.Role)} lacks privileges to perform action on user");
    }

    // Keygen's root?: an admin holding every action (or the wildcard).
    private static bool IsRoot(Role role, IReadOnlySet<string> held) => role == Role.Admin && BearerPermissions.Can(held, role, PermissionCatalog.All);

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
