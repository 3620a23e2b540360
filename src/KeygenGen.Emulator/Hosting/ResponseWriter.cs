using System;
using System.Globalization;
using System.Threading.Tasks;
using Keygen.Emulator.Http;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Resources.Logs;
using Keygen.Emulator.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Writes a response with the headers Keygen sends at that stage: the request id always; rate-limit, version and
/// identity headers once a controller ran; and, once the account is known, <c>Date</c>, <c>Digest</c> and
/// <c>Keygen-Signature</c> (plus <c>Keygen-Date</c>/<c>Keygen-Digest</c>) over the exact body bytes.
/// </summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(Exchange exchange, int status, byte[] body, string? location = null)
    {
        var response = exchange.Http.Response;
        response.StatusCode = status;
        var headers = response.Headers;
        headers["X-Request-Id"] = exchange.RequestId;
        if (body.Length > 0)
        {
            response.ContentType = exchange.ContentType;
        }

        if (location is not null)
        {
            headers.Location = location;
        }

        if (exchange.RateLimit is { } rateLimit)
        {
            AddRateLimit(headers, rateLimit);
        }

        if (exchange.ReachedController)
        {
            AddDefaults(exchange, headers);
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            var scheme = exchange.AuthScheme is { Length: > 0 } s ? char.ToUpperInvariant(s[0]) + s[1..] : "Bearer";
            headers.WWWAuthenticate = $"{scheme} realm=\"keygen\"";
        }

        if (exchange.Account is not null)
        {
            Sign(exchange, headers, body);

            // Before the body goes out, so a client's next request already finds this one in the logs.
            if (RequestLogRecorder.Logs(exchange))
            {
                RequestLogRecorder.Record(exchange, status, body);
            }

            DailyRequestLimit.Count(exchange);
        }

        response.ContentLength = body.Length;
        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body).ConfigureAwait(false);
        }
    }

    public static void AddRateLimit(IHeaderDictionary headers, RateLimitState rateLimit)
    {
        headers["X-RateLimit-Window"] = rateLimit.Window;
        headers["X-RateLimit-Count"] = rateLimit.Count.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Limit"] = rateLimit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = rateLimit.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = rateLimit.Reset.ToString(CultureInfo.InvariantCulture);
    }

    private static void AddDefaults(Exchange exchange, IHeaderDictionary headers)
    {
        headers.CacheControl = "no-transform, no-store, max-age=0";
        headers.ContentSecurityPolicy = "default-src 'none'; report-uri /-/csp-reports; report-to csp-reports;";
        headers["Keygen-Edition"] = exchange.Edition == KeygenEdition.Enterprise ? "EE" : "CE";
        headers["Keygen-Mode"] = "multiplayer";
        headers["Keygen-Revision"] = "keygengen-emulator";
        if (exchange.ApiVersion is not null)
        {
            headers["Keygen-Version"] = exchange.ApiVersion;
        }

        // API 1.3 and older name the identity headers Keygen-Account-Id, -Bearer-Id and -Token-Id
        // (Keygen's RenameKeygenIdHeadersForResponsesMigration).
        var id = exchange.ApiVersion is { } version && Version.Parse(version) <= new Version(1, 3) ? "-Id" : string.Empty;
        if (exchange.Account is not null)
        {
            headers["Keygen-Account" + id] = exchange.Account.Account.Id.ToString();
        }

        if (exchange.Environment is { } environment)
        {
            headers[RequestEnvironment.Header] = environment.Code;
        }

        if (exchange.Caller?.Bearer is { } bearer)
        {
            headers["Keygen-Bearer" + id] = bearer.Id.ToString();
        }

        if (exchange.Caller?.Token is { } token)
        {
            headers["Keygen-Token" + id] = token.Id.ToString();
        }
    }

    private static void Sign(Exchange exchange, IHeaderDictionary headers, byte[] body)
    {
        var accept = exchange.AcceptSignature;
        if (accept is null || !accept.IsSupported)
        {
            return;
        }

        var account = exchange.Account!;
        var date = ResponseSignature.HttpDate(account.Now);
        var digest = ResponseSignature.Digest(body);
        headers.Date = date;
        headers["Digest"] = digest;
        headers["Keygen-Date"] = date;
        headers["Keygen-Digest"] = digest;
        if (!accept.KeyIdMatches(account.Account.Id))
        {
            return;
        }

        var request = exchange.Http.Request;
        // The in-process host (TestServer) leaves the raw target empty; the path and query as received stand in for it.
        var raw = exchange.Http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = string.IsNullOrEmpty(raw) ? (request.PathBase + request.Path + request.QueryString).ToString() : raw;
        var signingString = ResponseSignature.SigningString(request.Method, target, request.Host.Host, date, digest);
        var signature = account.Keys.Sign(accept.Algorithm.ToLowerInvariant(), signingString);
        headers["Keygen-Signature"] = ResponseSignature.Header(account.Account.Id, accept.Algorithm, signature);
    }
}
