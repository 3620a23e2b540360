using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>
/// Logs the answered requests of an account (errors too), secrets filtered, under the request's id; as Keygen's
/// RequestLogger, not those from its own dashboard and distribution origins, nor those about the account itself,
/// its billing, plan and settings, webhooks, logs, searches and analytics.
/// </summary>
internal static class RequestLogRecorder
{
    /// <summary>
    /// The first segments of the routes served by Keygen's unlogged controllers (REQUEST_LOG_IGNORED_RESOURCES: the
    /// <c>accounts</c> controllers, i.e. the account and its billing, plan, settings and subscription actions,
    /// <c>webhook_endpoints</c>, <c>webhook_events</c>, <c>request_logs</c>, <c>event_logs</c>, <c>searches</c>,
    /// <c>analytics</c>, <c>health</c>).
    /// </summary>
    private static readonly string[] IgnoredSegments =
        [string.Empty, "billing", "plan", "settings", "actions", "ping", "webhook-endpoints", "webhook-events", "request-logs", "event-logs", "search", "analytics"];

    /// <summary>Keygen's <c>log_request?</c>: an account route, not from an ignored origin, about a logged resource.</summary>
    public static bool Logs(Exchange exchange)
    {
        if (exchange.Route is not { AccountScoped: true } route || DashboardOrigins.Sent(exchange.Http.Request))
        {
            return false;
        }

        var segment = route.Template.TrimStart('/').Split('/')[0];
        return Array.IndexOf(IgnoredSegments, segment) < 0;
    }

    public static void Record(Exchange exchange, int status, byte[] body)
    {
        var account = exchange.Account!;
        var http = exchange.Http;
        var request = http.Request;
        var response = ParseJson(exchange, body);
        var log = new RequestLog(exchange.LogId, account.Now, request.Method, (request.Path + request.QueryString).ToString(), status.ToString(CultureInfo.InvariantCulture))
        {
            UserAgent = request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            Ip = http.Connection.RemoteIpAddress?.ToString(),
            RequestHeaders = LogRedaction.Headers(request.Headers),
            ResponseHeaders = LogRedaction.Headers(http.Response.Headers),
            RequestBody = exchange.RequestBody is null ? null : JsonValues.Serialize(LogRedaction.Body(exchange.RequestBody)!),
            ResponseBody = response is null ? null : JsonValues.Serialize(LogRedaction.Body(response)!),
            ResponseSignature = http.Response.Headers["Keygen-Signature"].ToString() is { Length: > 0 } signature ? signature : null,
            Requestor = exchange.Caller?.Bearer is { } bearer ? new LogSubject(bearer.ResourceType, bearer.Id) : null,
            Resource = SubjectOf(response?["data"]),
        };

        lock (account.Sync)
        {
            // A client may resend a request id; the log keeps the first request that used it.
            var logs = account.Table<RequestLog>();
            if (!logs.Contains(log.Id))
            {
                LogRetention.Add(logs, log);
            }
        }
    }

    /// <summary>The type and id of a rendered resource object, if it is one.</summary>
    public static LogSubject? SubjectOf(JsonNode? resource) =>
        resource is JsonObject { } data && data["type"]?.GetValue<string>() is { } type && Guid.TryParse(data["id"]?.GetValue<string>(), out var id)
            ? new LogSubject(type, id)
            : null;

    private static JsonNode? ParseJson(Exchange exchange, byte[] body)
    {
        if (body.Length == 0 || exchange.ContentType == MediaTypes.OctetStream)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(body));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
