using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events.Delivery;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Http;

/// <summary>One request as a handler sees it: the account, the caller, the body (keys in lowerCamelCase) and the query.</summary>
internal sealed class ApiRequest
{
    public ApiRequest(HttpContext http, AccountState account, ResourceRenderers renderers, string apiVersion, JsonNode? body, QueryHash query)
    {
        Http = http;
        Renderers = renderers;
        Account = account;
        ApiVersion = apiVersion;
        Body = body;
        Query = query;
        Now = account.Now;
    }

    public HttpContext Http { get; }

    public AccountState Account { get; }

    /// <summary>Every account the emulator serves (sign-up adds one).</summary>
    public EmulatorStore Store { get; init; } = new();

    public ResourceRenderers Renderers { get; }

    /// <summary>Sends recorded webhook events to loopback endpoints; null when the emulator does not deliver.</summary>
    public WebhookDeliverer? Webhooks { get; init; }

    public string ApiVersion { get; }

    public JsonNode? Body { get; }

    public QueryHash Query { get; }

    /// <summary>The request's single notion of "now", so one request never sees time move.</summary>
    public DateTimeOffset Now { get; }

    public Principal Caller { get; set; } = Principal.Anonymous;

    /// <summary>The permission actions the request's authorization verifies (see <see cref="Auth.Permissions.PermissionCheck"/>).</summary>
    public Auth.Permissions.RequestPermissions Permissions { get; } = new();

    /// <summary>True when another request held this route's row lock as this one arrived (see <see cref="Route.RowLock"/>).</summary>
    public bool Contended { get; set; }

    /// <summary>The path as received, without the query (what Keygen's pagination links start from).</summary>
    public string Path => Http.Request.PathBase + Http.Request.Path;

    public RenderContext RenderContext => new(Account, Now);

    /// <summary>Renders any stored resource as a JSON:API resource object.</summary>
    public JsonObject Render(object entity) => Renderers.Render(entity, RenderContext);

    /// <summary>An absolute URL on this server, as Keygen puts in <c>Location</c>.</summary>
    public string AbsoluteUrl(string path) => $"{Http.Request.Scheme}://{Http.Request.Host}{path}";

    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? string.Empty;

    /// <summary>Checks the body against <paramref name="schema"/>; a violation ends the request with a 400.</summary>
    public JsonObject Params(RequestSchema schema) => ParamValidator.Validate(Body, schema, this);
}
