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
public sealed record SignedHttpMessage(string Method, string RequestTarget, string Host, SignatureHeaders Headers, ReadOnlyMemory<byte> Body);
