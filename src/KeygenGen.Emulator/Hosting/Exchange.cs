using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Signing;
using Keygen.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// What the pipeline has learned about one request so far; the response headers depend on how far it got
/// (Keygen signs only once the account is known, and adds its default headers only once a controller runs).
/// </summary>
internal sealed class Exchange
{
    private const string ItemKey = "keygen.exchange";

    public Exchange(HttpContext http, string requestId)
    {
        Http = http;
        RequestId = requestId;
        LogId = Guid.TryParse(requestId, out var id) ? id : Guid.NewGuid();
    }

    public HttpContext Http { get; }

    public string RequestId { get; }

    /// <summary>The id of this request's request log: the request id when it is a UUID (as in Keygen), else a new one.</summary>
    public Guid LogId { get; }

    /// <summary>The parsed request body, once read (for the request log).</summary>
    public System.Text.Json.Nodes.JsonNode? RequestBody { get; set; }

    public string ContentType { get; set; } = MediaTypes.JsonApi;

    public RateLimitState? RateLimit { get; set; }

    /// <summary>Set once the account is resolved: from then on every response is signed.</summary>
    public AccountState? Account { get; set; }

    public AcceptSignature? AcceptSignature { get; set; }

    public string? ApiVersion { get; set; }

    public Principal? Caller { get; set; }

    /// <summary>The environment the request selected; echoed in the <c>Keygen-Environment</c> response header.</summary>
    public Model.KeygenEnvironment? Environment { get; set; }

    /// <summary>The <c>Authorization</c> scheme the request used, echoed in <c>WWW-Authenticate</c> on a 401.</summary>
    public string? AuthScheme { get; set; }

    /// <summary>The endpoint the request was routed to; null for an unknown path.</summary>
    public Http.Route? Route { get; set; }

    /// <summary>The edition the emulator answers as, named in <c>Keygen-Edition</c>.</summary>
    public KeygenEdition Edition { get; init; }

    /// <summary>True once a controller runs: Keygen's default headers (Keygen-Version, Cache-Control, …) are added.</summary>
    public bool ReachedController { get; set; }

    public static Exchange Of(HttpContext http) => (Exchange)http.Items[ItemKey]!;

    public void Attach() => Http.Items[ItemKey] = this;
}
