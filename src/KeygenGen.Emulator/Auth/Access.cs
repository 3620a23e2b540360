using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Http;

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
