using System;
using Keygen.Signatures;
using Microsoft.AspNetCore.Http;

namespace Keygen.AspNetCore.Dispatch;

/// <summary>
/// What Keygen signed for a delivery: <c>post</c>, the path and query and the host of the endpoint URL as registered. That
/// is the configured public URL, else the request as this app sees it (after any forwarded-headers middleware).
/// </summary>
internal static class SignedRequest
{
    public static SignedHttpMessage Of(HttpRequest request, Uri? publicUrl, ReadOnlyMemory<byte> body)
    {
        var headers = SignatureHeaders.FromLookup(name => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null);
        if (publicUrl is not null)
        {
            // IPv6 literals keep their brackets, as Keygen's URI#host does.
            var host = publicUrl.HostNameType == UriHostNameType.IPv6 ? publicUrl.Host : publicUrl.IdnHost;
            return new SignedHttpMessage(HttpMethods.Post, publicUrl.PathAndQuery, host, headers, body);
        }

        var target = request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        return new SignedHttpMessage(HttpMethods.Post, target.Length == 0 ? "/" : target, request.Host.Host, headers, body);
    }
}
