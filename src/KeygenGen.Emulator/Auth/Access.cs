using Keygen.Emulator.Http;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Auth;

/// <summary>Authorization outcomes in Keygen's words: a 403 "You do not have permission to complete the request (…)".</summary>
internal static class Access
{
    public static void Require(ApiRequest request, bool allowed, string? reason = null)
    {
        if (!allowed)
        {
            throw Denied(request, reason);
        }
    }

    /// <summary>
    /// A change to <paramref name="record"/>: first Keygen's <c>verify_environment!</c> in strict mode, which its
    /// policies run for every write (a shared environment reads the global rows but changes only its own), then the
    /// bearer's role (<paramref name="allowed"/>).
    /// </summary>
    public static void RequireToChange(ApiRequest request, Entity record, bool allowed)
    {
        var scope = request.Account.Scope;
        Require(request, scope.Unfiltered || !record.IsEnvironmentScoped || record.Environment == scope.Current, "record environment is not compatible with the current environment");
        Require(request, allowed);
    }

    public static ApiException Denied(ApiRequest request, string? reason = null)
    {
        var why = reason ?? (request.Caller.Bearer is not null
            ? "ensure the token or license is allowed to access all resources"
            : "ensure a token or license is present and valid");
        return Errors.Forbidden($"You do not have permission to complete the request ({why})");
    }
}
