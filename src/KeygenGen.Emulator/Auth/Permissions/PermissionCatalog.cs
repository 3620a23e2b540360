using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>
/// Keygen's permission actions (<c>license.read</c>, <c>machine.create</c>, …) and which of them each kind of bearer may
/// hold. The wildcard <c>*</c> grants whatever the holder may hold; every bearer may hold it.
/// </summary>
internal static class PermissionCatalog
{
    public const string Wildcard = "*";

    // The actions a license may hold, the smallest set; the other bearers' sets grow from it.
    private static readonly string[] LicenseActions =
    [
        "account.read", "arch.read", "artifact.read", "channel.read", "component.create", "component.delete", "component.read",
        "component.update", "constraint.read", "engine.read", "entitlement.read", "group.owners.read", "group.read",
        "license.check-in", "license.check-out", "license.read", "license.usage.increment", "license.validate",
        "machine.check-out", "machine.create", "machine.delete", "machine.heartbeat.ping", "machine.proofs.generate",
        "machine.read", "machine.update", "package.read", "platform.read", "policy.read", "process.create", "process.delete",
        "process.heartbeat.ping", "process.read", "process.update", "product.read", "release.download", "release.read",
        "release.upgrade", "token.read", "token.regenerate", "token.revoke", "user.read",
    ];

    private static readonly string[] UserActions =
    [
        .. LicenseActions,
        "group.licenses.read", "group.machines.read", "group.users.read", "license.create", "license.delete",
        "license.policy.update", "license.renew", "license.revoke", "license.users.attach", "license.users.detach",
        "token.generate", "user.password.reset", "user.password.update", "user.second-factors.create",
        "user.second-factors.delete", "user.second-factors.read", "user.second-factors.update", "user.update",
    ];

    // What a product manages: everything of its licensees and releases, but not the account, environments or staff.
    private static readonly string[] ProductActions =
    [
        .. LicenseActions.Where(a => a != "user.read"),
        "artifact.create", "artifact.delete", "artifact.update", "group.create", "group.delete", "group.licenses.read",
        "group.machines.read", "group.owners.attach", "group.owners.detach", "group.update", "group.users.read",
        "key.create", "key.delete", "key.read", "key.update", "license.create", "license.delete", "license.entitlements.attach",
        "license.entitlements.detach", "license.group.update", "license.owner.update", "license.policy.update",
        "license.reinstate", "license.renew", "license.revoke", "license.suspend", "license.tokens.generate",
        "license.update", "license.usage.decrement", "license.usage.reset", "license.user.update", "license.users.attach",
        "license.users.detach", "machine.group.update", "machine.heartbeat.reset", "machine.owner.update",
        "package.create", "package.delete", "package.update", "policy.create", "policy.delete", "policy.entitlements.attach",
        "policy.entitlements.detach", "policy.pool.pop", "policy.update", "product.update", "release.constraints.attach",
        "release.constraints.detach", "release.create", "release.delete", "release.package.update", "release.publish",
        "release.update", "release.upload", "release.yank", "token.generate", "user.ban", "user.create", "user.delete",
        "user.group.update", "user.read", "user.tokens.generate", "user.unban", "user.update", "webhook-endpoint.create",
        "webhook-endpoint.delete", "webhook-endpoint.read", "webhook-endpoint.update", "webhook-event.read",
    ];

    // An environment manages everything inside itself: the product's actions and the rest of the resources, not the
    // account's billing, plan, analytics or admins.
    private static readonly string[] EnvironmentActions =
    [
        .. ProductActions,
        "entitlement.create", "entitlement.delete", "entitlement.update", "environment.read", "event-log.read",
        "product.create", "product.delete", "product.tokens.generate", "request-log.read", "user.invite",
        "user.password.reset", "user.password.update", "user.second-factors.create", "user.second-factors.delete",
        "user.second-factors.read", "user.second-factors.update", "webhook-event.delete", "webhook-event.retry",
    ];

    private static readonly string[] AllActions =
    [
        .. EnvironmentActions,
        "account.analytics.read", "account.billing.read", "account.billing.update", "account.plan.read",
        "account.plan.update", "account.subscription.read", "account.subscription.update", "account.update",
        "admin.create", "admin.delete", "admin.invite", "admin.read", "admin.update", "environment.create",
        "environment.delete", "environment.tokens.generate", "environment.update",
    ];

    private static readonly string[] ReadOnlyActions =
    [
        .. AllActions.Where(a => a.EndsWith(".read", System.StringComparison.Ordinal)),
        "license.validate", "release.download", "release.upgrade", "token.generate", "user.password.reset",
        "user.password.update",
    ];

    /// <summary>Every action Keygen knows (without the wildcard).</summary>
    public static readonly FrozenSet<string> All = AllActions.ToFrozenSet();

    private static readonly FrozenSet<string> Environment = EnvironmentActions.ToFrozenSet();
    private static readonly FrozenSet<string> Product = ProductActions.ToFrozenSet();
    private static readonly FrozenSet<string> User = UserActions.ToFrozenSet();
    private static readonly FrozenSet<string> License = LicenseActions.ToFrozenSet();
    private static readonly FrozenSet<string> ReadOnly = ReadOnlyActions.ToFrozenSet();

    // New users and licenses start without a few reads Keygen added later (kept off for backwards compatibility).
    private static readonly FrozenSet<string> UserDefault =
        UserActions.Except(["account.read", "license.users.attach", "license.users.detach", "policy.read", "product.read"]).ToFrozenSet();

    private static readonly FrozenSet<string> LicenseDefault =
        LicenseActions.Except(["account.read", "product.read", "policy.read", "user.read"]).ToFrozenSet();

    public static bool IsKnown(string action) => action == Wildcard || All.Contains(action);

    /// <summary>The actions a bearer with <paramref name="role"/> may hold (the wildcard aside).</summary>
    public static IReadOnlySet<string> AllowedFor(Role role) => role switch
    {
        Role.Admin or Role.Developer or Role.SalesAgent or Role.SupportAgent => All,
        Role.ReadOnly => ReadOnly,
        Role.Environment => Environment,
        Role.Product => Product,
        Role.License => License,
        _ => User,
    };

    /// <summary>
    /// What a bearer holds unless given other permissions: its role's allowed set, except for users and licenses, which
    /// get the account's <c>default_user_permissions</c>/<c>default_license_permissions</c> setting, else a smaller set.
    /// </summary>
    public static IReadOnlySet<string> DefaultFor(Role role, IReadOnlySet<string>? accountDefault) => role switch
    {
        Role.User => accountDefault is { Count: > 0 } ? accountDefault : UserDefault,
        Role.License => accountDefault is { Count: > 0 } ? accountDefault : LicenseDefault,
        _ => AllowedFor(role),
    };

    /// <summary>Keygen's <c>whatami</c>: the role as a denial names it (<c>license</c>, <c>sales agent</c>, <c>read only</c>).</summary>
    public static string NameOf(Role role) => role switch
    {
        Role.SalesAgent => "sales agent",
        Role.SupportAgent => "support agent",
        Role.ReadOnly => "read only",
        _ => role.ToString().ToLowerInvariant(),
    };
}
