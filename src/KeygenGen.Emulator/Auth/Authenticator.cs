using System;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Auth;

/// <summary>
/// Turns a request's credentials into a <see cref="Principal"/>, with Keygen's 401/403 codes: TOKEN_MISSING,
/// TOKEN_INVALID, TOKEN_FORMAT_INVALID, TOKEN_EXPIRED, LICENSE_INVALID, USER_BANNED, TOKEN_NOT_ALLOWED,
/// LICENSE_BANNED/SUSPENDED/EXPIRED/NOT_ALLOWED, and the EMAIL_*/PASSWORD_* codes of password authentication.
/// </summary>
internal static class Authenticator
{
    public static Principal Authenticate(ApiRequest request, AuthMode mode, Credentials credentials)
    {
        if (mode == AuthMode.None)
        {
            return Principal.Anonymous;
        }

        if (mode == AuthMode.PasswordOrToken && credentials.Kind == CredentialKind.Password)
        {
            return WithPassword(request, credentials.Value!, credentials.Password!);
        }

        // Keygen reads a Portal session cookie after the Authorization schemes and before a query token.
        if (credentials.Scheme is null && Sessions.PresentedCookie(request) is { } cookie)
        {
            return Sessions.Authenticate(request, cookie);
        }

        var principal = credentials.Kind switch
        {
            CredentialKind.Token when !string.IsNullOrEmpty(credentials.Value) => WithToken(request, credentials.Value),
            CredentialKind.LicenseKey when !string.IsNullOrEmpty(credentials.Value) => WithLicenseKey(request, credentials.Value),
            CredentialKind.Password => WithToken(request, credentials.Value!),
            _ => null,
        };

        if (principal is not null || mode == AuthMode.Optional)
        {
            return principal ?? Principal.Anonymous;
        }

        // A scheme with an empty value is a missing token; nothing at all too.
        throw Errors.Unauthorized("TOKEN_MISSING");
    }

    private static Principal WithToken(ApiRequest request, string secret)
    {
        if (Guid.TryParse(secret, out _))
        {
            throw Errors.Unauthorized(
                "TOKEN_FORMAT_INVALID",
                "Token format is invalid (make sure that you're providing a token value, not a token's UUID identifier)");
        }

        var digest = Secrets.Digest(secret);
        var token = request.Account.Table<Token>().Everywhere.FirstOrDefault(t => t.Digest == digest && AppliesHere(t, request))
            ?? throw Errors.Unauthorized("TOKEN_INVALID");

        if (token.IsExpired(request.Now))
        {
            throw Errors.Unauthorized("TOKEN_EXPIRED", "Token is expired");
        }

        switch (token.Bearer)
        {
            case User { Banned: true }:
                throw Errors.Forbidden("User is banned", "USER_BANNED");
            case License license when !license.Policy.SupportsTokenAuth:
                throw Errors.Forbidden("Token authentication is not allowed by policy", "TOKEN_NOT_ALLOWED");
        }

        return new Principal(token.Bearer, token);
    }

    /// <summary>
    /// Keygen's TokenLookupService looks tokens up <c>for_environment</c> the current one: a token works in its own
    /// environment (an environment token: the one it is for), a global token also in SHARED environments, and nowhere
    /// else, a global admin's neither (their global token is unknown in an ISOLATED environment: 401 TOKEN_INVALID; only
    /// their password signs them in everywhere).
    /// </summary>
    private static bool AppliesHere(Token token, ApiRequest request) =>
        request.Account.Scope.Includes(token.Bearer as KeygenEnvironment ?? token.Environment);

    private static Principal WithLicenseKey(ApiRequest request, string key)
    {
        var license = request.Account.Table<License>().All.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.Ordinal))
            ?? throw Errors.Unauthorized("LICENSE_INVALID");

        if (license.Banned)
        {
            throw Errors.Forbidden("License is banned", "LICENSE_BANNED");
        }

        if (license.Suspended)
        {
            throw Errors.Forbidden("License is suspended", "LICENSE_SUSPENDED");
        }

        if (license.Policy.ExpirationStrategy == "REVOKE_ACCESS" && license.IsExpired(request.Now))
        {
            throw Errors.Forbidden("License is expired", "LICENSE_EXPIRED");
        }

        if (!license.Policy.SupportsLicenseAuth)
        {
            throw Errors.Forbidden("License key authentication is not allowed by policy", "LICENSE_NOT_ALLOWED");
        }

        return new Principal(license, null);
    }

    private static Principal WithPassword(ApiRequest request, string email, string password)
    {
        // API 1.7 and older collapse every password failure into one code.
        var legacy = string.CompareOrdinal(request.ApiVersion, "1.8") < 0;
        ApiException Fail(string code, string detail) => legacy
            ? Errors.Unauthorized("CREDENTIALS_INVALID", "email and password must be valid", ErrorSource.Header("Authorization"))
            : Errors.Unauthorized(code, detail, ErrorSource.Header("Authorization"));

        if (!EmailAddresses.IsSignInAddress(email))
        {
            throw Fail("EMAIL_REQUIRED", "email is required");
        }

        // The environment's users, and global admins everywhere (Keygen lets them sign in to any environment).
        var users = request.Account.Table<User>();
        var user = users.All.Concat(users.Everywhere.Where(u => u.Environment is null && u.Role == Role.Admin))
            .FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
            ?? throw Fail("EMAIL_INVALID", "email must be valid");

        if (user.Password is null)
        {
            throw Fail("PASSWORD_NOT_SUPPORTED", "password is unsupported");
        }

        if (password.Length == 0)
        {
            throw Fail("PASSWORD_REQUIRED", "password is required");
        }

        if (!user.Password.Matches(password))
        {
            throw Fail("PASSWORD_INVALID", "password must be valid");
        }

        SecondFactorChallenge.RequireForLogin(request, user);
        return new Principal(user, null);
    }
}
