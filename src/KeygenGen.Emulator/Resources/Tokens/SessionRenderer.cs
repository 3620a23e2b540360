using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Tokens;

/// <summary>
/// A session as the emulator's data surface shows it. Keygen has no session routes, so this shape is read only by
/// in-process callers (tests inspecting the sessions a request started), never served over HTTP.
/// </summary>
internal static class SessionRenderer
{
    public static JsonObject Render(Session session, RenderContext context)
    {
        var account = context.AccountId;
        var bearer = session.Bearer;
        return new ResourceBuilder("sessions", session.Id, null)
            .Attribute("bearerType", ModelName(bearer))
            .Attribute("expiry", JsonValues.Of(session.Expiry))
            .Attribute("userAgent", session.UserAgent)
            .Attribute("ip", session.Ip)
            .Attribute("lastUsed", JsonValues.Of(session.LastUsed))
            .Attribute("created", JsonValues.Of(session.Created))
            .Attribute("updated", JsonValues.Of(session.Updated))
            .Account(account)
            .ToOne("bearer", bearer.ResourceType, bearer.Id, Links.Resource(account, bearer.ResourceType, bearer.Id))
            .ToOne("token", "tokens", session.Token?.Id, session.Token is { } token ? Links.Resource(account, "tokens", token.Id) : null)
            .ToOne("parent", "sessions", session.Parent?.Id, null)
            .Build();
    }

    /// <summary>Keygen's polymorphic <c>bearer_type</c> column: the bearer's model name (<c>User</c>, <c>Environment</c>, …).</summary>
    private static string ModelName(IBearer bearer) => bearer.ResourceType switch
    {
        "users" => "User",
        "products" => "Product",
        "licenses" => "License",
        "environments" => "Environment",
        var other => other,
    };
}
