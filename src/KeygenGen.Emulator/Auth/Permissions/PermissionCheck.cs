using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>
/// Keygen's <c>verify_permissions!</c>: the bearer must hold every action, then its token (unexpired) too; otherwise a 403
/// naming which lacks it. A request verifies its route's actions (<see cref="RoutePermissions"/>) once, where Keygen's
/// policy would: when its handler first authorizes (<see cref="Access"/>), or, for a handler that only filters what the
/// caller sees, before its answer leaves. Handlers add the actions that depend on the request
/// (<see cref="AlsoVerify"/>: a role's <c>admin.*</c>, a checkout's includes).
/// </summary>
internal static class PermissionCheck
{
    /// <summary>Verifies the route's actions unless done already.</summary>
    public static void VerifyRoute(ApiRequest request)
    {
        if (request.Permissions.Verified)
        {
            return;
        }

        request.Permissions.Verified = true;
        Verify(request, request.Permissions.Actions);
    }

    /// <summary>
    /// Adds <paramref name="actions"/> to what the route verifies; verified at once if the route's check has already run.
    /// </summary>
    public static void AlsoVerify(ApiRequest request, params string[] actions)
    {
        if (request.Permissions.Verified)
        {
            Verify(request, actions);
            return;
        }

        request.Permissions.Actions.AddRange(actions.Where(a => !request.Permissions.Actions.Contains(a)));
    }

    private static void Verify(ApiRequest request, IReadOnlyCollection<string> actions)
    {
        if (actions.Count == 0 || request.Caller.Bearer is not { } bearer)
        {
            return;
        }

        if (!BearerPermissions.Can(bearer, request.Account, actions))
        {
            throw Access.Refusal(request, $"{PermissionCatalog.NameOf(bearer.Role)} lacks permission to perform action");
        }

        if (request.Caller.Token is not { } token)
        {
            return;
        }

        if (token.IsExpired(request.Now))
        {
            throw Access.Refusal(request, "token is expired");
        }

        if (!BearerPermissions.Can(token, request.Account, actions))
        {
            throw Access.Refusal(request, "token lacks permission to perform action");
        }
    }
}

/// <summary>The permission actions one request verifies, and whether it has.</summary>
internal sealed class RequestPermissions
{
    public List<string> Actions { get; } = new();

    public bool Verified { get; set; }
}
