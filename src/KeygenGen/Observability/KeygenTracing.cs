using System;
using System.Diagnostics;
using Keygen.Http;

namespace Keygen;

/// <summary>Writes the one span per call described on <see cref="KeygenTelemetry"/>. URLs passed in are already redacted.</summary>
internal static class KeygenTracing
{
    public static Activity? StartCall(KeygenRequest request, Uri uri, string redactedUrl)
    {
        Activity? activity = KeygenTelemetry.Source.StartActivity(request.OperationId, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("keygen.operation", request.OperationId);
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.full", redactedUrl);
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("server.port", uri.Port);
        }

        return activity;
    }

    public static void Retrying(Activity? activity, int retry, string reason)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("http.request.resend_count", retry);
        activity.AddEvent(new ActivityEvent("keygen.retry", tags: new ActivityTagsCollection { ["keygen.retry.reason"] = reason }));
    }

    public static void Completed(Activity? activity, KeygenResponse response)
    {
        activity?.SetTag("http.response.status_code", response.StatusCode);
        activity?.SetTag("keygen.request_id", response.RequestId);
    }

    public static void Failed(Activity? activity, Exception exception, string redactedMessage)
    {
        if (activity is null)
        {
            return;
        }

        if (exception is KeygenException { Response: { } response })
        {
            Completed(activity, response);
        }

        activity.SetTag("error.type", KeygenMetrics.ErrorType(exception));
        activity.SetStatus(ActivityStatusCode.Error, redactedMessage);
    }
}
