using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Http;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Auth;

/// <summary>
/// Authorization outcomes in Keygen's words: a 403 "You do not have permission to complete the request (…)". Like a
/// Keygen policy rule, the first authorization of a request verifies its permissions (<see cref="PermissionCheck"/>)
/// before the handler's own rule.
/// </summary>
internal static class Access
{
    public static void Require(ApiRequest request, bool allowed, string? reason = null)
    {
        PermissionCheck.VerifyRoute(request);
        if (!allowed)
        {
            throw Refusal(request, reason);
        }
    }

    /// <summary>
    /// A change to <paramref name="record"/>: first Keygen's <c>verify_environment!</c> in strict mode, which its
    /// policies run for every write (a shared environment reads the global rows but changes only its own), then the
    /// bearer's role (<paramref name="allowed"/>).
    /// </summary>
    public static void RequireToChange(ApiRequest request, Entity record, bool allowed)
    {
        EnvironmentalRows.RequireWritableHere(request, record);
        Require(request, allowed);
    }

    /// <summary>
    /// Keygen's <c>verify_environment!</c> on the records a request names and looks up account-wide (e.g. the
    /// entitlements to attach): in an isolated environment each must be its own; in a shared one its own or, unless
    /// <paramref name="strict"/>, a global one; outside any environment a global one, unless not strict.
    /// </summary>
    public static void RequireCompatible(ApiRequest request, IEnumerable<Entity> records, bool strict)
    {
        var scope = request.Account.Scope;
        var current = scope.Current;
        Require(
            request,
            scope.Unfiltered || records.All(r => !r.IsEnvironmentScoped || r.Environment == current || (!strict && (current is null || (r.Environment is null && current.IsolationStrategy == "SHARED")))),
            "a record's environment is not compatible with the current environment");
    }

    public static ApiException Denied(ApiRequest request, string? reason = null)
    {
        PermissionCheck.VerifyRoute(request);
        return Refusal(request, reason);
    }

    /// <summary>The 403 itself, for a refusal already decided.</summary>
    public static ApiException Refusal(ApiRequest request, string? reason = null)
    {
        var why = reason ?? (request.Caller.Bearer is not null
            ? "ensure the token or license is allowed to access all resources"
            : "ensure a token or license is present and valid");
        return Errors.Forbidden($"You do not have permission to complete the request ({why})");
    }
}
