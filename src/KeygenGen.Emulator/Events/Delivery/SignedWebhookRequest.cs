using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Keygen.Emulator.Signing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Events.Delivery;

/// <summary>
/// The POST Keygen's WebhookWorker sends: the event document as the body, and the response signature scheme over
/// method <c>post</c>, the endpoint's path (or <c>/</c>) and query, the endpoint's host, the date and the body digest,
/// with the endpoint's signature algorithm.
/// </summary>
internal static class SignedWebhookRequest
{
    public static HttpRequestMessage Create(AccountState account, DeliveryTarget target, byte[] body, DateTimeOffset now)
    {
        var url = target.Url;
        var date = ResponseSignature.HttpDate(now);
        var digest = ResponseSignature.Digest(body);
        var path = url.AbsolutePath.Length == 0 ? "/" : url.AbsolutePath;
        var requestTarget = url.Query.Length > 1 ? path + url.Query : path;
        var signingString = ResponseSignature.SigningString("POST", requestTarget, url.Host, date, digest);
        var signature = account.Keys.Sign(target.SignatureAlgorithm, signingString);

        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var headers = request.Headers;
        headers.TryAddWithoutValidation("User-Agent", $"Keygen/{target.ApiVersion} (+https://keygen.sh/docs/api/webhooks/)");
        headers.TryAddWithoutValidation("Date", date);
        headers.TryAddWithoutValidation("Digest", digest);
        headers.TryAddWithoutValidation("Keygen-Date", date);
        headers.TryAddWithoutValidation("Keygen-Digest", digest);
        headers.TryAddWithoutValidation("Keygen-Signature", ResponseSignature.Header(account.Account.Id, target.SignatureAlgorithm, signature));
        headers.TryAddWithoutValidation("Keygen-Version", target.ApiVersion);
        return request;
    }
}

/// <summary>Where and how one attempt is sent, read from the endpoint as it is when the attempt starts.</summary>
internal sealed record DeliveryTarget(Uri Url, string SignatureAlgorithm, string ApiVersion);
