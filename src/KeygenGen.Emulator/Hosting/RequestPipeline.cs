using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events.Delivery;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Signing;
using Keygen.Emulator.State;
using Keygen.Emulator.Versions;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Runs one request through Keygen's stages in Keygen's order: rate limit, content negotiation and body parsing
/// (middleware; unsigned errors), API version, account lookup, accept-signature, then under the account lock the
/// environment, the active-subscription check, authentication and the handler. Every error becomes Keygen's error document.
/// </summary>
internal sealed class RequestPipeline
{
    private readonly EmulatorStore _store;
    private readonly ResourceRenderers _renderers;
    private readonly RateLimiter? _rateLimiter;
    private readonly IReadOnlyList<Action<ApiRequest>> _housekeeping;
    private readonly WebhookDeliverer? _webhooks;

    public RequestPipeline(EmulatorStore store, ResourceRenderers renderers, RateLimiter? rateLimiter, IReadOnlyList<Action<ApiRequest>> housekeeping, WebhookDeliverer? webhooks)
    {
        _store = store;
        _renderers = renderers;
        _rateLimiter = rateLimiter;
        _housekeeping = housekeeping;
        _webhooks = webhooks;
    }

    /// <summary>Middleware: request id and throttling happen before routing, for every request.</summary>
    public async Task AdmitAsync(HttpContext http, Func<Task> next)
    {
        var exchange = new Exchange(http, RequestIds.From(http.Request.Headers["X-Request-Id"])) { Edition = _store.Edition };
        exchange.Attach();
        if (_rateLimiter is not null)
        {
            exchange.RateLimit = _rateLimiter.Hit(ThrottleKey(http.Request));
            if (exchange.RateLimit.Exceeded)
            {
                http.Response.Headers.RetryAfter = exchange.RateLimit.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteErrorAsync(exchange, new ApiException(
                    new ApiError(429, "Too many requests", "Throttle limit has been reached for your IP address. Please slow down. See https://keygen.sh/docs/api/rate-limiting/ for more info.", "TOO_MANY_REQUESTS"),
                    beforeController: true)).ConfigureAwait(false);
                return;
            }
        }

        await next().ConfigureAwait(false);
    }

    public Task NotFoundAsync(HttpContext http) => WriteErrorAsync(Exchange.Of(http), Errors.RouteNotFound());

    public async Task HandleAsync(HttpContext http, Route route)
    {
        var exchange = Exchange.Of(http);
        exchange.Route = route;
        try
        {
            var result = await RunAsync(exchange, route).ConfigureAwait(false);
            if (result.Attachment is { } file)
            {
                exchange.ContentType = MediaTypes.OctetStream;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
            }

            var body = result.Attachment?.Content ?? (result.Document is null ? [] : Encoding.UTF8.GetBytes(JsonValues.Serialize(result.Document)));
            await ResponseWriter.WriteAsync(exchange, result.Status, body, result.Location).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            ExpireSessionCookies(exchange, error);
            await WriteErrorAsync(exchange, error, route).ConfigureAwait(false);
        }
        catch (Exception bug) when (bug is not OperationCanceledException)
        {
            // An emulator defect must still look like a Keygen 500, never a dropped connection.
            await WriteErrorAsync(exchange, new ApiException(new ApiError(
                500,
                "Internal server error",
                "Looks like something went wrong! Our engineers have been notified. If you continue to have problems, please contact support@keygen.sh."))).ConfigureAwait(false);
        }
    }

    private async Task<ApiResult> RunAsync(Exchange exchange, Route route)
    {
        var http = exchange.Http;
        var negotiated = MediaTypes.IsWellFormed(http.Request.ContentType) ? MediaTypes.Negotiate(http.Request.Headers.Accept) : null;
        exchange.ContentType = negotiated ?? (route.AnyAccept ? MediaTypes.JsonApi : null) ?? throw Errors.BeforeControllerBadRequest(
            "The mime type of the request is not acceptable (check content-type and accept headers)", "MIME_TYPE_INVALID");
        if (route.PlainJson)
        {
            exchange.ContentType = MediaTypes.Json;
        }

        var query = QueryParser.Parse(http.Request.QueryString.Value);
        var body = await RequestBody.ReadAsync(http.Request).ConfigureAwait(false);
        exchange.RequestBody = body;

        exchange.ReachedController = true;
        var requestedVersion = RequestedVersion(http.Request);
        var accountId = http.Request.RouteValues["account"]?.ToString() ?? string.Empty;
        var account = route.AccountScoped ? _store.Find(accountId) ?? throw Errors.NotFound("account", accountId) : _store.Primary;
        exchange.ApiVersion = requestedVersion ?? account.Account.ApiVersion;
        exchange.Account = account;
        RequestBody.RejectNullBytes(body);
        exchange.AcceptSignature = AcceptSignature.Parse(http.Request.Headers["Keygen-Accept-Signature"]);
        CheckAcceptSignature(exchange.AcceptSignature, account);

        var credentials = Credentials.Read(http.Request.Headers.Authorization, query);
        exchange.AuthScheme = credentials.Scheme;
        var request = new ApiRequest(http, account, _renderers, exchange.ApiVersion, body, query) { Store = _store, Webhooks = _webhooks };
        // A no-wait row lock is taken as the request arrives, as Keygen's transaction would hold the row while it runs.
        var row = route.RowLock is { } collection ? $"{collection}/{http.Request.RouteValues["id"]}" : null;
        var locked = row is not null && account.TryLockRow(row);
        request.Contended = row is not null && !locked;
        try
        {
            return Run(request, route, credentials, exchange);
        }
        finally
        {
            if (locked)
            {
                account.UnlockRow(row!);
            }
        }
    }

    private ApiResult Run(ApiRequest request, Route route, Credentials credentials, Exchange exchange)
    {
        var account = request.Account;
        lock (account.Sync)
        {
            // Background jobs catch up with the clock first, so every request sees the state they would have left.
            foreach (var job in _housekeeping)
            {
                job(request);
            }

            exchange.Environment = RequestEnvironment.Resolve(exchange.Http.Request, account);
            account.Scope = EnvironmentScope.Of(exchange.Environment);
            try
            {
                if (route.OnlyApiVersion is { } version && request.ApiVersion != version)
                {
                    throw Errors.RouteNotFound();
                }

                if (route.RequiresActiveSubscription)
                {
                    RequireActiveSubscription(account, exchange.Http.Request);
                }

                request.Caller = Authenticator.Authenticate(request, route.Auth, credentials);
                exchange.Caller = request.Caller;
                request.Permissions.Actions.AddRange(RoutePermissions.For(route, request.Caller));
                var result = route.Handler(request);
                // A handler that only filtered what the caller sees has not authorized yet: Keygen's policy still would.
                PermissionCheck.VerifyRoute(request);
                if (result.Document is { } document)
                {
                    // Under the account's lock and in the request's environment: a migration may read the account's rows.
                    ResponseMigrations.Apply(request.ApiVersion, route, result.Status, document, account);
                }

                return result;
            }
            finally
            {
                account.Scope = EnvironmentScope.Everything;
            }
        }
    }

    /// <summary>
    /// Keygen's require_active_subscription!, before authentication: a paused or canceled account answers 403, and one
    /// over its daily request limit 402 (<see cref="Resources.Billing.DailyRequestLimit"/>). Every Keygen account has its
    /// billing; the starting account's is made here on its first request.
    /// </summary>
    private static void RequireActiveSubscription(AccountState account, HttpRequest request)
    {
        if (!Resources.Billing.Billings.Of(account).IsActive)
        {
            throw new ApiException(new ApiError(403, "Account does not have an active subscription", "must have an active subscription to access this resource"));
        }

        Resources.Billing.DailyRequestLimit.Check(account, request);
    }

    /// <summary>
    /// Keygen's render_unauthorized, and render_forbidden for a banned user or a session its policy refuses, expire the
    /// session cookies, so a browser stops sending a session that cannot work.
    /// </summary>
    private static void ExpireSessionCookies(Exchange exchange, ApiException error)
    {
        var terminal = error.Status == StatusCodes.Status401Unauthorized ||
            (error.Status == StatusCodes.Status403Forbidden && error.Errors[0].Code is "SESSION_NOT_ALLOWED" or "USER_BANNED");
        if (terminal && !error.BeforeController && exchange.Account is { } account)
        {
            lock (account.Sync)
            {
                Sessions.Expire(exchange.Http, account, exchange.Caller?.Session, exchange.Environment);
            }
        }
    }

    /// <summary>Keygen rejects an unknown <c>Keygen-Version</c> before it resolves the account.</summary>
    private static string? RequestedVersion(HttpRequest request)
    {
        var header = request.Headers["Keygen-Version"].ToString();
        if (header.Length == 0)
        {
            return null;
        }

        var version = header.TrimStart('v', 'V');
        return ApiVersions.Supported.Contains(version) ? version : throw Errors.BadRequest(
            "unsupported API version requested", code: "INVALID_API_VERSION", about: "https://keygen.sh/docs/api/versioning/");
    }

    private static void CheckAcceptSignature(AcceptSignature? accept, AccountState account)
    {
        if (accept is null)
        {
            throw Errors.BadRequest("invalid accept-signature header (malformed)");
        }

        if (!accept.IsSupported)
        {
            throw Errors.BadRequest("invalid accept-signature header (unsupported algorithm)");
        }

        if (!accept.KeyIdMatches(account.Account.Id))
        {
            throw Errors.BadRequest("invalid accept-signature header (keyid not found)");
        }
    }

    private static async Task WriteErrorAsync(Exchange exchange, ApiException error, Route? route = null)
    {
        var requestId = error.BeforeController ? null : exchange.RequestId;
        var document = ErrorDocuments.Render(error.Errors, requestId);
        if (route is not null)
        {
            ResponseMigrations.Apply(exchange.ApiVersion, route, error.Status, document, exchange.Account);
        }

        var body = Encoding.UTF8.GetBytes(JsonValues.Serialize(document));
        await ResponseWriter.WriteAsync(exchange, error.Status, body).ConfigureAwait(false);
    }

    /// <summary>Keygen throttles per account, client IP and credential (hashed).</summary>
    private static string ThrottleKey(HttpRequest request)
    {
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var account = segments.Length > 2 && segments[1] == "accounts" ? segments[2] : string.Empty;
        var credential = request.Headers.Authorization.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential)));
        return $"{account}/{request.HttpContext.Connection.RemoteIpAddress}/{hash}";
    }
}
