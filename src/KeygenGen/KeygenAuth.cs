using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text;

namespace Keygen;

/// <summary>
/// Credentials for Keygen calls. Pass one to <see cref="KeygenClient.WithAuth"/> to override the configured
/// credentials for some calls, e.g. <c>KeygenAuth.Basic(email, password)</c> to create a token.
/// The secret never appears in <see cref="ToString"/>.
/// </summary>
public sealed class KeygenAuth
{
    private readonly string? _credential;

    private KeygenAuth(KeygenAuthKinds kind, string? credential)
    {
        Kind = kind;
        _credential = credential;
        SecretValues = SecretsOf(kind, credential);
    }

    /// <summary>No credentials: no <c>Authorization</c> header is sent.</summary>
    public static KeygenAuth Anonymous { get; } = new(KeygenAuthKinds.None, null);

    /// <summary>Which kind of credentials this is.</summary>
    public KeygenAuthKinds Kind { get; }

    /// <summary>A bearer token (admin, product, user, license or environment token).</summary>
    /// <param name="token">The token value, e.g. <c>admin-…v3</c>.</param>
    /// <exception cref="ArgumentException">The token is empty or contains control characters.</exception>
    public static KeygenAuth Bearer(string token)
    {
        CredentialRules.Require(token, nameof(token));
        return new KeygenAuth(KeygenAuthKinds.Token, token);
    }

    /// <summary>A license key, for licenses whose policy allows license-key authentication.</summary>
    /// <param name="key">The license key.</param>
    /// <exception cref="ArgumentException">The key is empty or contains control characters.</exception>
    public static KeygenAuth License(string key)
    {
        CredentialRules.Require(key, nameof(key));
        return new KeygenAuth(KeygenAuthKinds.License, key);
    }

    /// <summary>A user's email and password, accepted by Keygen only when creating a token.</summary>
    /// <param name="email">The user's email address.</param>
    /// <param name="password">The user's password.</param>
    /// <exception cref="ArgumentException">Either value is empty or contains control characters, or the email contains ':'.</exception>
    public static KeygenAuth Basic(string email, string password)
    {
        CredentialRules.Require(email, nameof(email));
        CredentialRules.Require(password, nameof(password));
        if (email.Contains(':', StringComparison.Ordinal))
        {
            // Basic credentials are split at the first ':'; an email containing one can never authenticate.
            throw new ArgumentException("The email must not contain ':'.", nameof(email));
        }

        return new KeygenAuth(KeygenAuthKinds.Basic, Convert.ToBase64String(Encoding.UTF8.GetBytes(email + ":" + password)));
    }

    internal static KeygenAuth FromConfiguredToken(string token) => new(KeygenAuthKinds.Token, token);

    internal static KeygenAuth FromConfiguredLicenseKey(string key) => new(KeygenAuthKinds.License, key);

    /// <summary>The <c>Authorization</c> header value, or <see langword="null"/> for <see cref="Anonymous"/>.</summary>
    internal AuthenticationHeaderValue? CreateHeader() => Kind switch
    {
        KeygenAuthKinds.Token => new AuthenticationHeaderValue("Bearer", _credential),
        KeygenAuthKinds.License => new AuthenticationHeaderValue("License", _credential),
        KeygenAuthKinds.Basic => new AuthenticationHeaderValue("Basic", _credential),
        _ => null,
    };

    /// <summary>
    /// Every string that would expose this credential if it were printed. Worked out once, since every call adds them to
    /// its redactor.
    /// </summary>
    internal IReadOnlyList<string> SecretValues { get; }

    private static string[] SecretsOf(KeygenAuthKinds kind, string? credential)
    {
        if (credential is null)
        {
            return [];
        }

        if (kind != KeygenAuthKinds.Basic)
        {
            return [credential];
        }

        // The decoded parts are secrets too (the password; the email is personal data).
        string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(credential));
        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return [credential, decoded[(colon + 1)..]];
    }

    /// <summary>Describes the kind of credentials; the secret is redacted.</summary>
    public override string ToString() => Kind switch
    {
        KeygenAuthKinds.Token => "Bearer [redacted]",
        KeygenAuthKinds.License => "License [redacted]",
        KeygenAuthKinds.Basic => "Basic [redacted]",
        _ => "Anonymous",
    };
}
