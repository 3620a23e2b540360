using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Signatures;

/// <summary>
/// Verifies the signature of every response against the request actually sent (final target and host) and
/// throws <see cref="KeygenSignatureException"/> for forged, altered or replayed responses.
/// 429 and 5xx responses pass through unverified: Keygen leaves some of them unsigned, and they carry no
/// data a client acts on beyond "retry later". Place it above the handler that follows redirects (or turn
/// automatic redirects off, as Keygen's own SDK does), so that the verified response is Keygen's own.
/// </summary>
public sealed class KeygenSignatureVerifyingHandler : DelegatingHandler
{
    /// <summary>
    /// The name of the request option (<c>HttpRequestMessage.Options</c>; <c>Properties</c> on .NET Framework and .NET Standard)
    /// that, set to <c>true</c> on a request whose response is not Keygen's (e.g. a presigned storage upload), skips verification.
    /// </summary>
    public const string SkipVerificationOptionName = "Keygen.SkipSignatureVerification";

#if !LEGACY_TARGET
    /// <summary>Set to <c>true</c> on a request whose response is not Keygen's (e.g. a presigned storage upload) to skip verification.</summary>
    public static readonly HttpRequestOptionsKey<bool> SkipVerification = new(SkipVerificationOptionName);
#endif

    private const string AcceptSignatureHeader = "Keygen-Accept-Signature";
    private readonly KeygenSignatureVerifier _verifier;

    /// <summary>Creates the handler; set <see cref="DelegatingHandler.InnerHandler"/> or add it to an <c>IHttpClientBuilder</c>.</summary>
    /// <param name="verifier">The verifier holding the account's public keys.</param>
    public KeygenSignatureVerifyingHandler(KeygenSignatureVerifier verifier)
    {
        _verifier = verifier ?? throw new ArgumentNullException(nameof(verifier));
    }

    // HttpRequestMessage.Options is .NET 5+; the old targets carry the same flag, under the same name, in Properties.
    /// <summary>Marks <paramref name="request"/> as one whose response is not Keygen's, so this handler lets it through unverified.</summary>
    internal static void SkipFor(HttpRequestMessage request)
    {
#if LEGACY_TARGET
        request.Properties[SkipVerificationOptionName] = true;
#else
        request.Options.Set(SkipVerification, true);
#endif
    }

    private static bool IsSkipped(HttpRequestMessage request)
    {
#if LEGACY_TARGET
        return request.Properties.TryGetValue(SkipVerificationOptionName, out var skipRequested) && skipRequested is true;
#else
        return request.Options.TryGetValue(SkipVerification, out var skipRequested) && skipRequested;
#endif
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var skip = IsSkipped(request);
        if (!skip && !request.Headers.Contains(AcceptSignatureHeader))
        {
            request.Headers.TryAddWithoutValidation(AcceptSignatureHeader, "algorithm=\"ed25519\"");
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (skip || IsExempt(response.StatusCode))
        {
            return response;
        }

        try
        {
            await VerifyAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsExempt(HttpStatusCode status) => status == (HttpStatusCode)429 || (int)status >= 500;

    private async Task VerifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // After redirects the response's request message carries the final URI: that is what the server signed.
        var sent = response.RequestMessage?.RequestUri
            ?? throw new InvalidOperationException("The response has no request URI to verify its signature against.");

        // ReadAsByteArrayAsync buffers the content, so the caller can still read it after we hash it.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = SignatureHeaders.FromLookup(name => Find(response.Headers, name) ?? Find(response.Content.Headers, name));
        _verifier.Verify(new SignedHttpMessage(response.RequestMessage!.Method.Method, sent.PathAndQuery, sent.IdnHost, headers, body));
    }

    private static string? Find(HttpHeaders headers, string name) =>
#if LEGACY_TARGET
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
#else
        headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", (IEnumerable<string>)values) : null;
#endif
}
