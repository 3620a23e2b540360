using System.Collections.Frozen;
using System.Collections.Generic;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>
/// The permission actions each route's authorization verifies first (the <c>verify_permissions!</c> of the Keygen policy
/// rule its controller authorizes with), by method and template; <c>PUT</c> shares its <c>PATCH</c> route's entry. Routes
/// without an entry authorize no bearer (<see cref="Unchecked"/>). <see cref="OwnRead"/> stands for the read permission of
/// the caller's own type (<c>/me</c>, <c>/profile</c>).
/// </summary>
internal static class RoutePermissions
{
    public const string OwnRead = "{bearer}.read";

    /// <summary>Routes Keygen serves without authorizing a bearer: sign-up, plans, password recovery, health.</summary>
    public static readonly FrozenSet<string> Unchecked = FrozenSet.ToFrozenSet(
    [
        "POST /accounts", "GET /plans", "GET /plans/{id}", "POST /recover", "GET /ping", "POST /passwords",
        "POST /users/{id}/actions/reset-password", "DELETE ",
        // Each searched type is authorized as its own list (SearchModule).
        "POST /search",
    ]);

    private static readonly FrozenDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["GET "] = "account.read",
        ["PATCH "] = "account.update",
        ["GET /billing"] = "account.billing.read",
        ["PATCH /billing"] = "account.billing.update",
        ["GET /plan"] = "account.plan.read",
        ["PATCH /plan"] = "account.plan.update",
        ["POST /actions/cancel-subscription"] = "account.subscription.update",
        ["POST /actions/manage-subscription"] = "account.subscription.update",
        ["POST /actions/pause-subscription"] = "account.subscription.update",
        ["POST /actions/renew-subscription"] = "account.subscription.update",
        ["POST /actions/resume-subscription"] = "account.subscription.update",
        ["GET /settings"] = "account.read",
        ["GET /settings/{id}"] = "account.read",
        ["POST /settings"] = "account.update",
        ["PATCH /settings/{id}"] = "account.update",
        ["DELETE /settings/{id}"] = "account.update",
        ["GET /me"] = OwnRead,
        ["GET /profile"] = OwnRead,

        ["GET /arches"] = "arch.read",
        ["GET /arches/{id}"] = "arch.read",
        ["GET /channels"] = "channel.read",
        ["GET /channels/{id}"] = "channel.read",
        ["GET /engines"] = "engine.read",
        ["GET /engines/{id}"] = "engine.read",
        // Tauri's update server authorizes the package first, then the release's upgrade (release_engines/tauri/upgrades_controller.rb).
        ["GET /engines/tauri/{package}"] = "package.read",
        ["GET /platforms"] = "platform.read",
        ["GET /platforms/{id}"] = "platform.read",

        ["GET /artifacts"] = "artifact.read",
        ["POST /artifacts"] = "artifact.create",
        ["GET /artifacts/{id}"] = "artifact.read",
        ["GET /artifacts/{id}/{filename}"] = "artifact.read",
        ["PATCH /artifacts/{id}"] = "artifact.update",
        ["DELETE /artifacts/{id}"] = "artifact.delete",

        ["GET /components"] = "component.read",
        ["POST /components"] = "component.create",
        ["GET /components/{id}"] = "component.read",
        ["PATCH /components/{id}"] = "component.update",
        ["DELETE /components/{id}"] = "component.delete",
        ["GET /components/{part_id}/license"] = "license.read",
        ["GET /components/{part_id}/machine"] = "machine.read",
        ["GET /components/{part_id}/product"] = "product.read",

        ["GET /entitlements"] = "entitlement.read",
        ["POST /entitlements"] = "entitlement.create",
        ["GET /entitlements/{id}"] = "entitlement.read",
        ["PATCH /entitlements/{id}"] = "entitlement.update",
        ["DELETE /entitlements/{id}"] = "entitlement.delete",

        ["GET /environments"] = "environment.read",
        ["POST /environments"] = "environment.create",
        ["GET /environments/{id}"] = "environment.read",
        ["PATCH /environments/{id}"] = "environment.update",
        ["DELETE /environments/{id}"] = "environment.delete",
        ["GET /environments/{environment_id}/tokens"] = "token.read",
        ["GET /environments/{environment_id}/tokens/{id}"] = "token.read",
        ["POST /environments/{environment_id}/tokens"] = "environment.tokens.generate",

        ["GET /event-logs"] = "event-log.read",
        ["GET /event-logs/{id}"] = "event-log.read",
        ["GET /request-logs"] = "request-log.read",
        ["GET /request-logs/{id}"] = "request-log.read",

        ["GET /groups"] = "group.read",
        ["POST /groups"] = "group.create",
        ["GET /groups/{id}"] = "group.read",
        ["PATCH /groups/{id}"] = "group.update",
        ["DELETE /groups/{id}"] = "group.delete",
        ["GET /groups/{group_id}/licenses"] = "group.licenses.read",
        ["GET /groups/{group_id}/licenses/{id}"] = "group.licenses.read",
        ["GET /groups/{group_id}/machines"] = "group.machines.read",
        ["GET /groups/{group_id}/machines/{id}"] = "group.machines.read",
        ["GET /groups/{group_id}/users"] = "group.users.read",
        ["GET /groups/{group_id}/users/{id}"] = "group.users.read",
        ["GET /groups/{group_id}/owners"] = "group.owners.read",
        ["GET /groups/{group_id}/owners/{id}"] = "group.owners.read",
        ["POST /groups/{group_id}/owners"] = "group.owners.attach",
        ["DELETE /groups/{group_id}/owners"] = "group.owners.detach",

        ["GET /keys"] = "key.read",
        ["POST /keys"] = "key.create",
        ["GET /keys/{id}"] = "key.read",
        ["PATCH /keys/{id}"] = "key.update",
        ["DELETE /keys/{id}"] = "key.delete",
        ["GET /keys/{key_id}/policy"] = "policy.read",
        ["GET /keys/{key_id}/product"] = "product.read",

        ["GET /licenses"] = "license.read",
        ["POST /licenses"] = "license.create",
        ["GET /licenses/{id}"] = "license.read",
        ["PATCH /licenses/{id}"] = "license.update",
        ["DELETE /licenses/{id}"] = "license.delete",
        ["POST /licenses/actions/validate-key"] = "license.validate",
        ["GET /licenses/{id}/actions/validate"] = "license.validate",
        ["POST /licenses/{id}/actions/validate"] = "license.validate",
        ["POST /licenses/{id}/actions/check-in"] = "license.check-in",
        ["GET /licenses/{id}/actions/check-out"] = "license.check-out",
        ["POST /licenses/{id}/actions/check-out"] = "license.check-out",
        ["POST /licenses/{id}/actions/increment-usage"] = "license.usage.increment",
        ["POST /licenses/{id}/actions/decrement-usage"] = "license.usage.decrement",
        ["POST /licenses/{id}/actions/reset-usage"] = "license.usage.reset",
        ["POST /licenses/{id}/actions/reinstate"] = "license.reinstate",
        ["POST /licenses/{id}/actions/renew"] = "license.renew",
        ["DELETE /licenses/{id}/actions/revoke"] = "license.revoke",
        ["POST /licenses/{id}/actions/suspend"] = "license.suspend",
        ["POST /licenses/{id}/tokens"] = "license.tokens.generate",
        ["GET /licenses/{license_id}/tokens"] = "token.read",
        ["GET /licenses/{license_id}/tokens/{id}"] = "token.read",
        ["GET /licenses/{license_id}/entitlements"] = "entitlement.read",
        ["GET /licenses/{license_id}/entitlements/{id}"] = "entitlement.read",
        ["POST /licenses/{license_id}/entitlements"] = "license.entitlements.attach",
        ["DELETE /licenses/{license_id}/entitlements"] = "license.entitlements.detach",
        ["GET /licenses/{license_id}/group"] = "group.read",
        ["PATCH /licenses/{license_id}/group"] = "license.group.update",
        ["GET /licenses/{license_id}/machines"] = "machine.read",
        ["GET /licenses/{license_id}/machines/{id}"] = "machine.read",
        ["GET /licenses/{license_id}/owner"] = "user.read",
        ["PATCH /licenses/{license_id}/owner"] = "license.owner.update",
        ["GET /licenses/{license_id}/policy"] = "policy.read",
        ["PATCH /licenses/{license_id}/policy"] = "license.policy.update",
        ["GET /licenses/{license_id}/product"] = "product.read",
        ["GET /licenses/{license_id}/user"] = "user.read",
        ["PATCH /licenses/{license_id}/user"] = "license.user.update",
        ["GET /licenses/{license_id}/users"] = "user.read",
        ["GET /licenses/{license_id}/users/{id}"] = "user.read",
        ["POST /licenses/{license_id}/users"] = "license.users.attach",
        ["DELETE /licenses/{license_id}/users"] = "license.users.detach",

        ["GET /machines"] = "machine.read",
        ["POST /machines"] = "machine.create",
        ["GET /machines/{id}"] = "machine.read",
        ["PATCH /machines/{id}"] = "machine.update",
        ["DELETE /machines/{id}"] = "machine.delete",
        ["GET /machines/{id}/actions/check-out"] = "machine.check-out",
        ["POST /machines/{id}/actions/check-out"] = "machine.check-out",
        ["POST /machines/{id}/actions/generate-offline-proof"] = "machine.proofs.generate",
        ["POST /machines/{id}/actions/ping"] = "machine.heartbeat.ping",
        ["POST /machines/{id}/actions/ping-heartbeat"] = "machine.heartbeat.ping",
        ["POST /machines/{id}/actions/reset"] = "machine.heartbeat.reset",
        ["POST /machines/{id}/actions/reset-heartbeat"] = "machine.heartbeat.reset",
        ["GET /machines/{machine_id}/components"] = "component.read",
        ["GET /machines/{machine_id}/components/{id}"] = "component.read",
        ["GET /machines/{machine_id}/group"] = "group.read",
        ["PATCH /machines/{machine_id}/group"] = "machine.group.update",
        ["GET /machines/{machine_id}/license"] = "license.read",
        ["GET /machines/{machine_id}/owner"] = "user.read",
        ["PATCH /machines/{machine_id}/owner"] = "machine.owner.update",
        ["GET /machines/{machine_id}/processes"] = "process.read",
        ["GET /machines/{machine_id}/processes/{id}"] = "process.read",
        ["GET /machines/{machine_id}/product"] = "product.read",
        ["GET /machines/{machine_id}/user"] = "user.read",

        ["GET /packages"] = "package.read",
        ["POST /packages"] = "package.create",
        ["GET /packages/{id}"] = "package.read",
        ["PATCH /packages/{id}"] = "package.update",
        ["DELETE /packages/{id}"] = "package.delete",

        ["GET /policies"] = "policy.read",
        ["POST /policies"] = "policy.create",
        ["GET /policies/{id}"] = "policy.read",
        ["PATCH /policies/{id}"] = "policy.update",
        ["DELETE /policies/{id}"] = "policy.delete",
        ["GET /policies/{policy_id}/entitlements"] = "entitlement.read",
        ["GET /policies/{policy_id}/entitlements/{id}"] = "entitlement.read",
        ["POST /policies/{policy_id}/entitlements"] = "policy.entitlements.attach",
        ["DELETE /policies/{policy_id}/entitlements"] = "policy.entitlements.detach",
        ["GET /policies/{policy_id}/licenses"] = "license.read",
        ["GET /policies/{policy_id}/licenses/{id}"] = "license.read",
        ["GET /policies/{policy_id}/pool"] = "key.read",
        ["GET /policies/{policy_id}/pool/{id}"] = "key.read",
        ["DELETE /policies/{policy_id}/pool"] = "policy.pool.pop",
        ["GET /policies/{policy_id}/product"] = "product.read",

        ["GET /processes"] = "process.read",
        ["POST /processes"] = "process.create",
        ["GET /processes/{id}"] = "process.read",
        ["PATCH /processes/{id}"] = "process.update",
        ["DELETE /processes/{id}"] = "process.delete",
        ["POST /processes/{id}/actions/ping"] = "process.heartbeat.ping",
        ["GET /processes/{part_id}/license"] = "license.read",
        ["GET /processes/{part_id}/machine"] = "machine.read",
        ["GET /processes/{part_id}/product"] = "product.read",

        ["GET /products"] = "product.read",
        ["POST /products"] = "product.create",
        ["GET /products/{id}"] = "product.read",
        ["PATCH /products/{id}"] = "product.update",
        ["DELETE /products/{id}"] = "product.delete",
        ["POST /products/{id}/tokens"] = "product.tokens.generate",
        ["GET /products/{product_id}/tokens"] = "token.read",
        ["GET /products/{product_id}/tokens/{id}"] = "token.read",
        ["GET /products/{product_id}/arches"] = "arch.read",
        ["GET /products/{product_id}/arches/{id}"] = "arch.read",
        ["GET /products/{product_id}/artifacts"] = "artifact.read",
        ["GET /products/{product_id}/artifacts/{id}"] = "artifact.read",
        ["GET /products/{product_id}/channels"] = "channel.read",
        ["GET /products/{product_id}/channels/{id}"] = "channel.read",
        ["GET /products/{product_id}/engines"] = "engine.read",
        ["GET /products/{product_id}/engines/{id}"] = "engine.read",
        ["GET /products/{product_id}/licenses"] = "license.read",
        ["GET /products/{product_id}/licenses/{id}"] = "license.read",
        ["GET /products/{product_id}/machines"] = "machine.read",
        ["GET /products/{product_id}/machines/{id}"] = "machine.read",
        ["GET /products/{product_id}/packages"] = "package.read",
        ["GET /products/{product_id}/packages/{id}"] = "package.read",
        ["GET /products/{product_id}/platforms"] = "platform.read",
        ["GET /products/{product_id}/platforms/{id}"] = "platform.read",
        ["GET /products/{product_id}/policies"] = "policy.read",
        ["GET /products/{product_id}/policies/{id}"] = "policy.read",
        ["GET /products/{product_id}/releases"] = "release.read",
        ["GET /products/{product_id}/releases/{id}"] = "release.read",
        ["GET /products/{product_id}/users"] = "user.read",
        ["GET /products/{product_id}/users/{id}"] = "user.read",

        ["GET /releases"] = "release.read",
        ["POST /releases"] = "release.create",
        ["PUT /releases"] = "release.create",
        ["GET /releases/{id}"] = "release.read",
        ["PATCH /releases/{id}"] = "release.update",
        ["DELETE /releases/{id}"] = "release.delete",
        ["POST /releases/{id}/actions/publish"] = "release.publish",
        ["POST /releases/{id}/actions/yank"] = "release.yank",
        ["GET /releases/actions/upgrade"] = "release.upgrade",
        ["GET /releases/{id}/actions/upgrade"] = "release.upgrade",
        ["GET /releases/{release_id}/upgrade"] = "release.upgrade",
        ["GET /releases/{release_id}/artifact"] = "release.download",
        ["PUT /releases/{release_id}/artifact"] = "release.upload",
        ["DELETE /releases/{release_id}/artifact"] = "release.yank",
        ["GET /releases/{release_id}/artifacts"] = "artifact.read",
        ["GET /releases/{release_id}/artifacts/{id}"] = "artifact.read",
        ["GET /releases/{release_id}/constraints"] = "constraint.read",
        ["GET /releases/{release_id}/constraints/{id}"] = "constraint.read",
        ["POST /releases/{release_id}/constraints"] = "release.constraints.attach",
        ["DELETE /releases/{release_id}/constraints"] = "release.constraints.detach",
        ["GET /releases/{release_id}/entitlements"] = "entitlement.read",
        ["GET /releases/{release_id}/entitlements/{id}"] = "entitlement.read",
        ["GET /releases/{release_id}/package"] = "package.read",
        ["PATCH /releases/{release_id}/package"] = "release.package.update",
        ["GET /releases/{release_id}/product"] = "product.read",

        ["GET /tokens"] = "token.read",
        ["POST /tokens"] = "token.generate",
        ["PUT /tokens"] = "token.regenerate",
        ["GET /tokens/{id}"] = "token.read",
        ["PUT /tokens/{id}"] = "token.regenerate",
        ["DELETE /tokens/{id}"] = "token.revoke",

        ["GET /users"] = "user.read",
        ["POST /users"] = "user.create",
        ["GET /users/{id}"] = "user.read",
        ["PATCH /users/{id}"] = "user.update",
        ["DELETE /users/{id}"] = "user.delete",
        ["POST /users/{id}/actions/ban"] = "user.ban",
        ["POST /users/{id}/actions/unban"] = "user.unban",
        ["POST /users/{id}/actions/update-password"] = "user.password.update",
        ["GET /users/{user_id}/group"] = "group.read",
        ["PATCH /users/{user_id}/group"] = "user.group.update",
        ["GET /users/{user_id}/licenses"] = "license.read",
        ["GET /users/{user_id}/licenses/{id}"] = "license.read",
        ["GET /users/{user_id}/machines"] = "machine.read",
        ["GET /users/{user_id}/machines/{id}"] = "machine.read",
        ["GET /users/{user_id}/products"] = "product.read",
        ["GET /users/{user_id}/products/{id}"] = "product.read",
        ["GET /users/{user_id}/second-factors"] = "user.second-factors.read",
        ["GET /users/{user_id}/second-factors/{id}"] = "user.second-factors.read",
        ["POST /users/{user_id}/second-factors"] = "user.second-factors.create",
        ["PATCH /users/{user_id}/second-factors/{id}"] = "user.second-factors.update",
        ["DELETE /users/{user_id}/second-factors/{id}"] = "user.second-factors.delete",
        ["GET /users/{user_id}/tokens"] = "token.read",
        ["GET /users/{user_id}/tokens/{id}"] = "token.read",
        ["POST /users/{user_id}/tokens"] = "user.tokens.generate",

        ["GET /webhook-endpoints"] = "webhook-endpoint.read",
        ["POST /webhook-endpoints"] = "webhook-endpoint.create",
        ["GET /webhook-endpoints/{id}"] = "webhook-endpoint.read",
        ["PATCH /webhook-endpoints/{id}"] = "webhook-endpoint.update",
        ["DELETE /webhook-endpoints/{id}"] = "webhook-endpoint.delete",
        ["GET /webhook-events"] = "webhook-event.read",
        ["GET /webhook-events/{id}"] = "webhook-event.read",
        ["DELETE /webhook-events/{id}"] = "webhook-event.delete",
        ["POST /webhook-events/{id}/actions/retry"] = "webhook-event.retry",
    }.ToFrozenDictionary();

    /// <summary>The route's key in the table: its method (<c>PUT</c> as its <c>PATCH</c> twin, where it has one) and template.</summary>
    public static string KeyOf(Route route)
    {
        var key = $"{route.Method} {route.Template}";
        return route.Method == "PUT" && !Actions.ContainsKey(key) ? $"PATCH {route.Template}" : key;
    }

    /// <summary>Whether the table says what <paramref name="route"/> verifies (or that it verifies nothing).</summary>
    public static bool Covers(Route route) => Actions.ContainsKey(KeyOf(route)) || Unchecked.Contains(KeyOf(route));

    /// <summary>The actions <paramref name="route"/> verifies for <paramref name="caller"/>; none for an unchecked route.</summary>
    public static IReadOnlyList<string> For(Route route, Principal caller)
    {
        if (!Actions.TryGetValue(KeyOf(route), out var action))
        {
            return [];
        }

        return action == OwnRead ? [$"{OwnType(caller)}.read"] : [action];
    }

    private static string OwnType(Principal caller) => caller.Role switch
    {
        Role.Product => "product",
        Role.License => "license",
        Role.Environment => "environment",
        _ => "user",
    };
}
