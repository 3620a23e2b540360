using System.Collections.Generic;

namespace Keygen.Http;

/// <summary>
/// Picks the credentials for one call: the <see cref="KeygenCallOptions.Auth"/> of the call or its view, else the configured token when the
/// operation accepts tokens, else the configured license key when it accepts license keys, else none when it allows anonymous
/// calls; otherwise the call cannot be made and the error names the option to set.
/// </summary>
internal static class KeygenAuthSelector
{
    public static KeygenAuth Select(KeygenRequest request, KeygenAuth? authOverride, KeygenClientSettings settings)
    {
        if (authOverride is not null)
        {
            return authOverride;
        }

        KeygenAuthKinds accepted = request.AcceptedAuth;
        if (accepted.HasFlag(KeygenAuthKinds.Token) && settings.TokenAuth is { } token)
        {
            return token;
        }

        if (accepted.HasFlag(KeygenAuthKinds.License) && settings.LicenseKeyAuth is { } licenseKey)
        {
            return licenseKey;
        }

        if (accepted.HasFlag(KeygenAuthKinds.None))
        {
            return KeygenAuth.Anonymous;
        }

        throw new KeygenConfigurationException(
            $"The operation '{request.OperationId}' needs credentials this client does not have: it accepts {Describe(accepted)}. " +
            "Configure them in KeygenClientOptions, or pass them for some calls with KeygenCallOptions.Auth or client.WithAuth(…).");
    }

    private static string Describe(KeygenAuthKinds accepted)
    {
        var ways = new List<string>();
        if (accepted.HasFlag(KeygenAuthKinds.Token))
        {
            ways.Add("a bearer token (set KeygenClientOptions.Token, or WithAuth(KeygenAuth.Bearer(token)))");
        }

        if (accepted.HasFlag(KeygenAuthKinds.License))
        {
            ways.Add("a license key (set KeygenClientOptions.LicenseKey, or WithAuth(KeygenAuth.License(key)))");
        }

        if (accepted.HasFlag(KeygenAuthKinds.Basic))
        {
            ways.Add("an email and password (WithAuth(KeygenAuth.Basic(email, password)))");
        }

        return ways.Count == 0 ? "no known kind of credentials" : string.Join(" or ", ways);
    }
}
