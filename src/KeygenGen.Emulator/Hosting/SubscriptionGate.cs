using System;
using System.Collections.Generic;
using Keygen.Emulator.Http;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Keygen's <c>require_active_subscription!</c> (CurrentAccountConstraints), which its account routes run right after
/// finding the account and before authentication: an account whose subscription is paused or canceled answers 403.
/// The controllers that skip it stay open so the account can be put right: the account itself, its billing, plan,
/// settings and subscription actions, profiles, password resets, user bans and password changes, health checks.
/// </summary>
internal static class SubscriptionGate
{
    private static readonly HashSet<string> OpenTemplates = new(StringComparer.Ordinal)
    {
        string.Empty, "/ping", "/billing", "/plan", "/settings", "/settings/{id}", "/passwords", "/me", "/profile",
        "/users/{id}/actions/ban", "/users/{id}/actions/unban", "/users/{id}/actions/update-password", "/users/{id}/actions/reset-password",
    };

    /// <summary>The actions of controllers that check only some of theirs (tokens: index and regenerate; users: index, create, destroy).</summary>
    private static readonly HashSet<string> OpenActions = new(StringComparer.Ordinal)
    {
        "GET /tokens/{id}", "POST /tokens", "DELETE /tokens/{id}", "GET /users/{id}", "PATCH /users/{id}", "PUT /users/{id}",
    };

    /// <summary>Keygen's <c>Billing::ACTIVE_STATES</c>.</summary>
    private static readonly HashSet<string> ActiveStates = new(StringComparer.Ordinal) { "pending", "trialing", "subscribed", "canceling" };

    public static void Check(Route route, AccountState account)
    {
        var open = !route.AccountScoped || OpenTemplates.Contains(route.Template) || OpenActions.Contains($"{route.Method} {route.Template}")
            || (route.Template.StartsWith("/actions/", StringComparison.Ordinal) && route.Template.EndsWith("-subscription", StringComparison.Ordinal));
        if (!open && !ActiveStates.Contains(Billings.Of(account).State))
        {
            throw new ApiException(new ApiError(403, "Account does not have an active subscription", "must have an active subscription to access this resource"));
        }
    }
}
