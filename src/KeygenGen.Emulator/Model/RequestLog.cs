using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>One API request the account received and how it was answered (its id is the request id).</summary>
internal sealed class RequestLog : Entity
{
    public RequestLog(Guid id, DateTimeOffset created, string method, string url, string status)
        : base(id, created)
    {
        Method = method;
        Url = url;
        Status = status;
    }

    public string Method { get; }

    public string Url { get; }

    /// <summary>The response status code as a string, as Keygen stores it.</summary>
    public string Status { get; }

    public string? UserAgent { get; init; }

    public string? Ip { get; init; }

    public JsonObject RequestHeaders { get; init; } = new();

    public JsonObject ResponseHeaders { get; init; } = new();

    public string? RequestBody { get; init; }

    public string? ResponseBody { get; init; }

    public string? ResponseSignature { get; init; }

    public LogSubject? Requestor { get; init; }

    public LogSubject? Resource { get; init; }
}

/// <summary>A resource a log points at, by JSON:API type and id (it may since have been deleted).</summary>
internal sealed record LogSubject(string Type, Guid Id);
