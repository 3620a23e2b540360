using Keygen.Emulator.Http;

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

    public static ApiException Denied(ApiRequest request, string? reason = null)
    {
        var why = reason ?? (request.Caller.Bearer is not null
            ? "ensure the token or license is allowed to access all resources"
            : "ensure a token or license is present and valid");
        return Errors.Forbidden($"You do not have permission to complete the request ({why})");
    }
}
