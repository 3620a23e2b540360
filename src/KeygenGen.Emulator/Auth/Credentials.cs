using System;
using System.Linq;
using System.Text;
using Keygen.Emulator.Http.Query;

namespace Keygen.Emulator.Auth;

/// <summary>What a request presents as credentials, read the way Keygen reads them (header first, then the query).</summary>
internal sealed record Credentials(CredentialKind Kind, string? Value, string? Password = null)
{
    public static readonly Credentials None = new(CredentialKind.None, null);

    /// <summary>The <c>Authorization</c> scheme as sent, lower-cased (Keygen echoes it in <c>WWW-Authenticate</c>).</summary>
    public string? Scheme { get; init; }

    public static Credentials Read(string? authorization, QueryHash query)
    {
        if (!string.IsNullOrEmpty(authorization))
        {
            var parts = authorization.Split(' ', 2);
            var scheme = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim() : string.Empty;
            var credentials = scheme switch
            {
                "bearer" or "token" => new Credentials(CredentialKind.Token, value),
                "license" => new Credentials(CredentialKind.LicenseKey, value),
                "basic" => FromBasic(value),
                _ => null,
            };
            if (credentials is not null)
            {
                return credentials with { Scheme = scheme };
            }
        }

        var queryToken = query.Scalar("token") ?? query.Scalar("auth");
        return string.IsNullOrEmpty(queryToken) ? None : FromPair(queryToken);
    }

    /// <summary>Basic credentials are a token (<c>token:&lt;t&gt;</c> or <c>&lt;t&gt;:</c>), a license key (<c>license:&lt;k&gt;</c>) or an email and password.</summary>
    private static Credentials FromBasic(string encoded)
    {
        string decoded;
        try
        {
            // Rails decodes with Base64.decode64, which skips what is not base64 (quotes around the value, line breaks).
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(new string(encoded.Where(IsBase64).ToArray())));
        }
        catch (FormatException)
        {
            return new Credentials(CredentialKind.Token, encoded);
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = separator < 0 ? decoded : decoded[..separator];
        var password = separator < 0 ? null : decoded[(separator + 1)..];
        if (user.Contains('@', StringComparison.Ordinal) && password is not null)
        {
            return new Credentials(CredentialKind.Password, user, password);
        }

        return FromPair(decoded);
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=';

    private static Credentials FromPair(string pair)
    {
        var separator = pair.IndexOf(':', StringComparison.Ordinal);
        var user = separator < 0 ? pair : pair[..separator];
        var secret = separator < 0 ? string.Empty : pair[(separator + 1)..];
        return user switch
        {
            "license" => new Credentials(CredentialKind.LicenseKey, secret),
            "token" => new Credentials(CredentialKind.Token, secret),
            _ => new Credentials(CredentialKind.Token, user),
        };
    }
}

internal enum CredentialKind
{
    None,
    Token,
    LicenseKey,
    Password,
}
