using System;

namespace Keygen.Signatures;

/// <summary>
/// Everything a Keygen signature covers: the request line and host as actually sent (for a response) or
/// received (for a webhook), the signing headers and the exact body bytes.
/// </summary>
/// <param name="Method">The request method, e.g. <c>GET</c>; compared in lower case.</param>
/// <param name="RequestTarget">The path and query exactly as sent, e.g. <c>/v1/accounts/acme/licenses?limit=10</c>.</param>
/// <param name="Host">The request host; a port, if present, is ignored as Keygen signs the host without it.</param>
/// <param name="Headers">The signing headers.</param>
/// <param name="Body">The raw body; empty for none.</param>
/// <exception cref="ArgumentNullException">A part other than the body is null (headers may be absent, but the headers object may not).</exception>
public sealed record SignedHttpMessage(string Method, string RequestTarget, string Host, SignatureHeaders Headers, ReadOnlyMemory<byte> Body)
{
    private readonly string _method = Required(Method, nameof(Method));
    private readonly string _requestTarget = Required(RequestTarget, nameof(RequestTarget));
    private readonly string _host = Required(Host, nameof(Host));
    private readonly SignatureHeaders _headers = Required(Headers, nameof(Headers));

    /// <summary>The request method, e.g. <c>GET</c>; compared in lower case.</summary>
    public string Method { get => _method; init => _method = Required(value, nameof(Method)); }

    /// <summary>The path and query exactly as sent, e.g. <c>/v1/accounts/acme/licenses?limit=10</c>.</summary>
    public string RequestTarget { get => _requestTarget; init => _requestTarget = Required(value, nameof(RequestTarget)); }

    /// <summary>The request host; a port, if present, is ignored as Keygen signs the host without it.</summary>
    public string Host { get => _host; init => _host = Required(value, nameof(Host)); }

    /// <summary>The signing headers.</summary>
    public SignatureHeaders Headers { get => _headers; init => _headers = Required(value, nameof(Headers)); }

    private static TValue Required<TValue>(TValue? value, string name)
        where TValue : class => value ?? throw new ArgumentNullException(name);
}
