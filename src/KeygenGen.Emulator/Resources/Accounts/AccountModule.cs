using System;
using System.Text;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Accounts;

/// <summary><c>GET /v1/accounts/{account}</c>: the account, whose meta publishes its public keys.</summary>
internal sealed class AccountModule : IResourceModule
{
    private static readonly (string Name, string Path)[] RelatedCollections =
    [
        ("settings", "settings"),
        ("webhookEndpoints", "webhook-endpoints"),
        ("webhookEvents", "webhook-events"),
        ("products", "products"),
        ("platforms", "platforms"),
        ("arches", "arches"),
        ("channels", "channels"),
        ("releases", "releases"),
        ("artifacts", "artifacts"),
        ("policies", "policies"),
        ("users", "users"),
        ("keys", "keys"),
        ("licenses", "licenses"),
        ("machines", "machines"),
        ("components", "components"),
        ("processes", "processes"),
        ("tokens", "tokens"),
    ];

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<AccountState>(Render);
        routes.Get(string.Empty, Show);
    }

    private static ApiResult Show(ApiRequest request)
    {
        Access.Require(request, request.Caller.Bearer is not null);
        return Listing.One(request, request.Account);
    }

    private static JsonObject Render(AccountState state, RenderContext context)
    {
        var account = state.Account;
        var root = Links.Account(account.Id);
        var builder = new ResourceBuilder("accounts", account.Id, root)
            .Attribute("name", account.Name)
            .Attribute("slug", account.Slug)
            .Attribute("apiVersion", account.ApiVersion)
            .Attribute("status", null)
            .Attribute("protected", account.Protected)
            .Attribute("created", JsonValues.Of(account.Created))
            .Attribute("updated", JsonValues.Of(account.Updated));
        foreach (var (name, path) in RelatedCollections)
        {
            builder.ToMany(name, root + "/" + path);
        }

        var rsa = Base64(state.Keys.RsaPublicKeyPem);
        return builder.Meta(new JsonObject
        {
            ["publicKey"] = rsa,
            ["keys"] = new JsonObject
            {
                // Keygen publishes the Ed25519 key as base64 of its hex text, not of the raw bytes.
                ["ed25519"] = Base64(state.Keys.Ed25519.PublicKeyHex),
                ["rsa2048"] = rsa,
                ["ecdsa"] = Base64(state.Keys.EcdsaPublicKeyPem),
            },
        }).Build();
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
