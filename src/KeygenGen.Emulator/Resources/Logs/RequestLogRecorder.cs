using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>Logs every answered request of an account (errors too), secrets filtered, under the request's id.</summary>
internal static class RequestLogRecorder
{
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
