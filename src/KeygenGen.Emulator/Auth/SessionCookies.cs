using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Keygen.Emulator.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Keygen.Emulator.Auth;

/// <summary>
/// Keygen's session cookies (the Cookies concern): only a request from Portal's origin may use or receive one (a
/// CSRF guard); <c>session_id</c> holds the global session, <c>session_id.&lt;environment id&gt;</c> an environment's.
/// The value is the session id encrypted and authenticated (AES-GCM under the account's cookie key), so a client can
/// neither read nor forge one.
/// </summary>
internal static class SessionCookies
{
    public const string PortalOrigin = "https://portal.keygen.sh";

    private const string Attributes = "; domain=keygen.sh; path=/";

    public static bool FromPortal(HttpRequest request) => string.Equals(request.Headers.Origin.ToString(), PortalOrigin, StringComparison.Ordinal);

    public static string NameFor(KeygenEnvironment? environment) => environment is null ? "session_id" : $"session_id.{environment.Id}";

    public static string Protect(byte[] key, Guid sessionId)
    {
        var plain = Encoding.UTF8.GetBytes(sessionId.ToString());
        var sealedBytes = new byte[AesGcm.NonceByteSizes.MaxSize + plain.Length + AesGcm.TagByteSizes.MaxSize];
        var nonce = sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(nonce.Length, plain.Length), sealedBytes.AsSpan(nonce.Length + plain.Length));
        return WebEncoders.Base64UrlEncode(sealedBytes);
    }

    /// <summary>The session id a cookie value carries; null when it was not made with <paramref name="key"/> or was altered.</summary>
    public static Guid? Unprotect(byte[] key, string value)
    {
        byte[] sealedBytes;
        try
        {
            sealedBytes = WebEncoders.Base64UrlDecode(value);
        }
        catch (FormatException)
        {
            return null;
        }

        const int overhead = 12 + 16;
        if (sealedBytes.Length <= overhead)
        {
            return null;
        }

        var plain = new byte[sealedBytes.Length - overhead];
        try
        {
            using var aes = new AesGcm(key, 16);
            aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Guid.TryParse(Encoding.UTF8.GetString(plain), out var id) ? id : null;
    }

    /// <summary>Sets the session's cookie, to expire with it (Keygen's set_session_cookie), on a Portal request only.</summary>
    public static void Set(HttpContext http, byte[] key, Session session)
    {
        if (!FromPortal(http.Request))
        {
            return;
        }

        var expires = session.Expiry.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        Append(http, $"{NameFor(session.Environment)}={Protect(key, session.Id)}{Attributes}; expires={expires}; secure; HttpOnly; SameSite=None; partitioned");
    }

    /// <summary>Expires a cookie in the browser (Keygen's unset_session_cookie), on a Portal request only.</summary>
    public static void Unset(HttpContext http, string name)
    {
        if (!FromPortal(http.Request))
        {
            return;
        }

        Append(http, $"{name}={Attributes}; max-age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT; secure; SameSite=None; partitioned");
    }

    private static void Append(HttpContext http, string cookie) => http.Response.Headers.Append("Set-Cookie", cookie);
}
