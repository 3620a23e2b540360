using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Keygen.Http;

/// <summary>
/// One Keygen call, as generated clients describe it: method, path (or a link Keygen sent), query, JSON:API body and which
/// credentials the operation accepts. Send it with <see cref="KeygenClient.SendAsync(KeygenRequest, KeygenCallOptions?, System.Threading.CancellationToken)"/> to reach endpoints the SDK does not wrap.
/// <see cref="ToString"/> shows neither the body nor header values.
/// </summary>
public sealed class KeygenRequest
{
    /// <summary>Describes a call to a path relative to the account base.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">
    /// Relative to the account base (e.g. <c>/licenses/abc</c>), starting with '/', each segment already escaped; empty
    /// for the account base itself (<c>GET /v1/accounts/{account}</c>, the account resource).
    /// </param>
    /// <param name="operationId">The operation's id (e.g. <c>licenses.get</c>), used in messages, logs and traces.</param>
    /// <param name="acceptedAuth">The kinds of credentials the operation accepts.</param>
    /// <exception cref="ArgumentException">The path is neither empty nor starts with '/', has a '.' or '..' segment, or the operation id is empty.</exception>
    public KeygenRequest(HttpMethod method, string path, string operationId, KeygenAuthKinds acceptedAuth)
        : this(method, path, operationId, acceptedAuth, isLink: false)
    {
        if ((path.Length > 0 && !path.StartsWith('/')) || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException("The path must be empty (the account base) or start with a single '/', be relative to the account base (e.g. \"/licenses\") and carry no fragment.", nameof(path));
        }

        if (HasDotSegment(path))
        {
            // URL normalisation would resolve them, silently addressing another resource (an id of ".." would hit the parent).
            throw new ArgumentException("The path has a '.' or '..' segment; an id cannot be '.' or '..'.", nameof(path));
        }
    }

    private KeygenRequest(HttpMethod method, string path, string operationId, KeygenAuthKinds acceptedAuth, bool isLink)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        Method = method;
        Path = path;
        OperationId = operationId;
        AcceptedAuth = acceptedAuth;
        IsLink = isLink;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the account base or, when <see cref="IsLink"/>, the link as given.</summary>
    public string Path { get; }

    /// <summary>Whether <see cref="Path"/> is a link Keygen sent (see <see cref="ForLink"/>).</summary>
    public bool IsLink { get; }

    /// <summary>The operation's id, e.g. <c>licenses.get</c>.</summary>
    public string OperationId { get; }

    /// <summary>The kinds of credentials the operation accepts.</summary>
    public KeygenAuthKinds AcceptedAuth { get; }

    /// <summary><see langword="true"/> (default): <see cref="Path"/> is relative to the account base; <see langword="false"/>: relative to <c>{BaseUrl}/v1</c> (e.g. <c>/plans</c>).</summary>
    public bool AccountScoped { get; init; } = true;

    /// <summary>Query parameters, appended in order and percent-encoded (e.g. <c>page[size]</c> = <c>100</c>).</summary>
    public List<KeyValuePair<string, string>>? Query { get; set; }

    /// <summary>The UTF-8 JSON:API body, sent as <c>application/vnd.api+json</c>; <see langword="null"/> sends no body.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The <c>Accept</c> header: JSON:API by default, <see cref="KeygenMediaTypes.OctetStream"/> for binary operations.</summary>
    public string Accept { get; init; } = KeygenMediaTypes.JsonApi;

    /// <summary>Extra request headers, e.g. <c>Prefer: no-redirect</c>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// Values this request carries that must never be printed, e.g. a license key used as a path id or query filter.
    /// They are redacted from logs, traces and exception messages (the configured token and license key always are).
    /// </summary>
    public IReadOnlyList<string>? RedactedValues { get; init; }

    /// <summary>
    /// The values of a call's secret inputs (a license key used as an id, a key filter, a password in <c>meta</c>) to
    /// keep out of its logs, traces and error messages; <see langword="null"/> when there are none. A UUID is a
    /// resource id rather than a key, so it stays visible where the same parameter takes either.
    /// </summary>
    public static IReadOnlyList<string>? Secrets(params string?[] values)
    {
        List<string>? secrets = null;
        foreach (string? value in values)
        {
            if (value is { Length: > 0 } && !Guid.TryParse(value, out _))
            {
                (secrets ??= []).Add(value);
            }
        }

        return secrets;
    }

    /// <summary>Describes a call to a link Keygen sent, such as <c>links.next</c>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="link">As Keygen sends it (<c>/v1/accounts/acme/licenses?page[cursor]=…</c>), or an absolute URL on the configured host.</param>
    /// <param name="operationId">The operation's id, used in messages, logs and traces.</param>
    /// <param name="acceptedAuth">The kinds of credentials the operation accepts.</param>
    /// <returns>The request; the link is checked against the configured host when it is sent.</returns>
    /// <exception cref="ArgumentException">The link or the operation id is empty.</exception>
    public static KeygenRequest ForLink(HttpMethod method, string link, string operationId, KeygenAuthKinds acceptedAuth)
    {
        ArgumentException.ThrowIfNullOrEmpty(link);
        return new(method, link, operationId, acceptedAuth, isLink: true);
    }

    /// <summary>Whether the path part of <paramref name="pathAndQuery"/> has a <c>.</c> or <c>..</c> segment.</summary>
    internal static bool HasDotSegment(string pathAndQuery)
    {
        int query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        string path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        foreach (string segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Describes the request by method, operation and path; the body and header values are never shown.</summary>
    public override string ToString()
    {
        string text = $"{Method} {Path} ({OperationId})";
        return KeygenRedactor.ForValues(RedactedValues).RedactUrl(text);
    }
}
