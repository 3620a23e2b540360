using System.Text.Json.Nodes;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Tokens;

internal static class TokenRenderer
{
    public static JsonObject Render(Token token, RenderContext context)
    {
        var account = context.AccountId;
        var builder = new ResourceBuilder("tokens", token.Id, Links.Resource(account, "tokens", token.Id))
            .Attribute("kind", token.Kind);
        if (context.TokenSecret is { } secret && !context.ForWebhook)
        {
            builder.Attribute("token", secret);
        }

        builder.Attribute("expiry", JsonValues.Of(token.Expiry)).Attribute("name", token.Name);
        if (token.IsActivationToken)
        {
            builder
                .Attribute("maxActivations", JsonValues.Of(token.MaxActivations))
                .Attribute("activations", token.Activations)
                .Attribute("maxDeactivations", JsonValues.Of(token.MaxDeactivations))
                .Attribute("deactivations", token.Deactivations);
        }

        var bearer = token.Bearer;
        return builder
            .Permissions(context, () => BearerPermissions.Of(token, context.Account))
            .Attribute("created", JsonValues.Of(token.Created))
            .Attribute("updated", JsonValues.Of(token.Updated))
            .Account(account)
            .ToOne("bearer", bearer.ResourceType, bearer.Id, Links.Resource(account, bearer.ResourceType, bearer.Id))
            .Build();
    }
}
