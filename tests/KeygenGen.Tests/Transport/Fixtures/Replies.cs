using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>Scripted server behaviours, from well-formed Keygen documents to broken connections.</summary>
public static class Replies
{
    public const string JsonApi = "application/vnd.api+json";

    public static Reply Json(int status, string body, params (string Name, string Value)[] headers) =>
        Body(status, JsonApi, body, headers);

    public static Reply Body(int status, string contentType, string body, params (string Name, string Value)[] headers) =>
        async (context, _) =>
        {
            Start(context, status, headers);
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, Encoding.UTF8);
        };

    /// <summary>A body sent byte for byte, e.g. one that is not valid UTF-8.</summary>
    public static Reply Bytes(int status, string contentType, byte[] body) =>
        async (context, _) =>
        {
            Start(context, status, []);
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        };

    public static Reply Empty(int status, params (string Name, string Value)[] headers) =>
        (context, _) =>
        {
            Start(context, status, headers);
            return Task.CompletedTask;
        };

    /// <summary>Keygen's error document with one error.</summary>
    public static Reply Error(int status, string code, string title, string detail, string? pointer = null, params (string Name, string Value)[] headers)
    {
        string source = pointer is null ? string.Empty : $$""","source":{"pointer":"{{pointer}}"}""";
        return Json(status, $$"""{"meta":{"id":"req-{{status}}"},"errors":[{"title":"{{title}}","detail":"{{detail}}","code":"{{code}}"{{source}}}]}""", headers);
    }

    /// <summary>Reads the request, then drops the connection without answering.</summary>
    public static Reply Reset() =>
        (context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        };

    /// <summary>Announces a body of <paramref name="announced"/> bytes, sends fewer, gives the client time to read the headers, then drops the connection.</summary>
    public static Reply CutOff(string partialBody, int announced) =>
        async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = JsonApi;
            context.Response.ContentLength = announced;
            await context.Response.WriteAsync(partialBody);
            await context.Response.Body.FlushAsync();
            await Task.Delay(100);
            context.Abort();
        };

    /// <summary>Never answers, until the client gives up or the server stops.</summary>
    public static Reply Stall(CancellationToken serverStopping) =>
        async (context, _) =>
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, both.Token);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
            }
        };

    private static void Start(HttpContext context, int status, (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach ((string name, string value) in headers)
        {
            context.Response.Headers[name] = value;
        }
    }
}
