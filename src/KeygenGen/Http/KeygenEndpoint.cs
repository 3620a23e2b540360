using System;
using System.Collections.Generic;
using System.Text;

namespace Keygen.Http;

/// <summary>
/// Turns a <see cref="KeygenRequest"/> into the absolute URL to call: <c>{BaseUrl}/v1/accounts/{account}{path}</c> for
/// account-scoped paths (<c>{BaseUrl}/v1{path}</c> with accountless paths), <c>{BaseUrl}/v1{path}</c> otherwise, and links
/// as Keygen sent them, on the configured host only.
/// </summary>
internal sealed class KeygenEndpoint
{
    private readonly Uri _baseUrl;
    private readonly string _root;
    private readonly string _apiRoot;
    private readonly string _accountRoot;

    public KeygenEndpoint(Uri baseUrl, string? account, bool accountless)
    {
        _baseUrl = baseUrl;
        _root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _apiRoot = _root + "/v1";
        _accountRoot = accountless ? _apiRoot : _apiRoot + "/accounts/" + Uri.EscapeDataString(account!);
    }

    /// <summary>The account base every account-scoped path is relative to.</summary>
    public string AccountRoot => _accountRoot;

    /// <summary>Why <paramref name="baseUrl"/> cannot be used as a Keygen base URL, or <see langword="null"/> when it can.</summary>
    public static string? BaseUrlProblem(Uri? baseUrl)
    {
        if (baseUrl is null || !baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "BaseUrl must be an absolute http(s) URL such as \"https://api.keygen.sh\".";
        }

        if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0 || baseUrl.UserInfo.Length > 0)
        {
            return "BaseUrl must not contain a query, a fragment or user info.";
        }

        string path = baseUrl.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) || path.Contains("/v1/", StringComparison.OrdinalIgnoreCase))
        {
            return "BaseUrl must be the host only (e.g. \"https://api.keygen.sh\"), without \"/v1\" or \"/accounts/…\"; the client adds them.";
        }

        return null;
    }

    /// <summary>The absolute URL for <paramref name="request"/>, with its query appended.</summary>
    /// <exception cref="KeygenConfigurationException">A link points to another host, or is not a Keygen link.</exception>
    public Uri Resolve(KeygenRequest request)
    {
        string target = request.IsLink
            ? ResolveLink(request.Path)
            : (request.AccountScoped ? _accountRoot : _apiRoot) + request.Path;
        return new Uri(AppendQuery(target, request.Query), UriKind.Absolute);
    }

    private string ResolveLink(string link)
    {
        if (KeygenRequest.HasDotSegment(link))
        {
            throw new KeygenConfigurationException("A link must not contain '.' or '..' path segments; Keygen never sends such links.");
        }

        if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        {
            // Keygen's links are server-absolute paths ("/v1/accounts/…"); a reverse-proxy prefix in BaseUrl goes in front.
            return _root + link;
        }

        if (Uri.TryCreate(link, UriKind.Absolute, out Uri? absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            if (Uri.Compare(absolute, _baseUrl, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                // Credentials go only to the configured host: a link elsewhere must not receive the token.
                throw new KeygenConfigurationException(
                    $"The link points to {absolute.GetLeftPart(UriPartial.Authority)}, not to the configured BaseUrl {_baseUrl.GetLeftPart(UriPartial.Authority)}; " +
                    "the client only sends credentials to BaseUrl. If Keygen is reached through this host, set BaseUrl to it.");
            }

            return absolute.AbsoluteUri;
        }

        throw new KeygenConfigurationException(
            "A link must be a path starting with '/' (as Keygen sends them in \"links\") or an absolute URL on the configured BaseUrl.");
    }

    private static string AppendQuery(string target, IReadOnlyList<KeyValuePair<string, string>>? query)
    {
        if (query is null || query.Count == 0)
        {
            return target;
        }

        var builder = new StringBuilder(target);
        char separator = target.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (KeyValuePair<string, string> pair in query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            separator = '&';
        }

        return builder.ToString();
    }
}
