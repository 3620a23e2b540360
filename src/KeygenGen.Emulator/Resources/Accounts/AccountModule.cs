using System;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keygen.Emulator.Events;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Accounts;

/// <summary>
/// <c>/v1/accounts/{account}</c>: the account, whose meta publishes its public keys; admins and developers update
/// its name, slug, default API version and protection; nobody may delete it. Plus the unauthenticated <c>/ping</c>.
/// </summary>
internal sealed partial class AccountModule : IResourceModule
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

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(RequestSchema.TypeOf("account", "accounts"),
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("name").Optional(),
            Param.String("slug").Optional(),
            Param.String("apiVersion").In([.. ApiVersions.Supported]).Optional(),
            Param.Boolean("protected").Optional()),
    ]);

    private static readonly AttributeSetters<Account> Setters = new()
    {
        ["name"] = (a, f, n) => a.Name = f.String(n)!,
        ["slug"] = (a, f, n) => a.Slug = f.String(n)!,
        ["apiVersion"] = (a, f, n) => a.ApiVersion = f.String(n)!,
        ["protected"] = (a, f, n) => a.Protected = f.Bool(n) == true,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<AccountState>(Render);
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get(string.Empty, Show);
            routes.Update(string.Empty, Update);
            routes.Delete(string.Empty, Destroy);
            routes.Get("/ping", _ => new ApiResult(200, null), AuthMode.None);
        });
    }

    private static ApiResult Show(ApiRequest request)
    {
        Access.Require(request, request.Caller.Bearer is not null);
        return Listing.One(request, request.Account);
    }

    private static ApiResult Update(ApiRequest request)
    {
        var attributes = Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.IsAdmin);
        EnvironmentalRows.RequireGlobalRequest(request);
        var account = request.Account.Account;
        Changes.Apply(account, () =>
        {
            Setters.Apply(account, attributes);
            Validate(account);
        });
        account.Updated = request.Now;
        Broadcast.Publish(request, "account.updated", request.Account);
        return Listing.One(request, request.Account);
    }

    /// <summary>Keygen's AccountPolicy denies every deletion through the API.</summary>
    private static ApiResult Destroy(ApiRequest request) => throw Access.Denied(request);

    /// <summary>
    /// Keygen's account validations; sign-up checks new accounts with them too (<paramref name="slugTaken"/>: another
    /// account has the slug, case-insensitively).
    /// </summary>
    internal static void Validate(Account account, bool slugTaken = false, bool slugChosen = true)
    {
        var errors = new ValidationErrors("accounts", "account");
        if (slugChosen)
        {
            ValidateSlug(errors, account.Slug, slugTaken);
        }

        if (account.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }

    private static JsonObject Render(AccountState state, RenderContext context)
    {
        var account = state.Account;
        var root = Links.Account(account.Id);
        // Keygen Cloud's billing and plan (the emulator bills every account, see BillingModule).
        var billing = Billings.Of(state);
        var builder = new ResourceBuilder("accounts", account.Id, root)
            .Attribute("name", account.Name)
            .Attribute("slug", account.Slug)
            .Attribute("apiVersion", account.ApiVersion)
            .Attribute("status", billing.Initialized ? billing.State.ToUpperInvariant() : null)
            .Attribute("protected", account.Protected)
            .Attribute("created", JsonValues.Of(account.Created))
            .Attribute("updated", JsonValues.Of(account.Updated));
        if (billing.Initialized)
        {
            builder.ToOne("billing", "billings", billing.Id, root + "/billing");
        }

        builder.ToOne("plan", "plans", billing.Plan.Id, root + "/plan");
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

    /// <summary>Keygen checks a slug only when there is one (a sign-up may leave it to be made from the admin's email).</summary>
    private static void ValidateSlug(ValidationErrors errors, string slug, bool taken)
    {
        if (!SlugShape().IsMatch(slug))
        {
            errors.Attribute("slug", "INVALID", "can only contain lowercase letters, numbers and dashes (but cannot start with dash)");
        }

        if (slug is "actions" or "action")
        {
            errors.Attribute("slug", "NOT_ALLOWED", "is reserved");
        }

        if (taken)
        {
            errors.Attribute("slug", "TAKEN", "has already been taken");
        }

        if (slug.Length > 255)
        {
            errors.Attribute("slug", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        if (ResemblesUuid(slug))
        {
            errors.Attribute("slug", "NOT_ALLOWED", "cannot resemble a UUID");
        }
    }

    [GeneratedRegex(@"\A[a-z0-9][-a-z0-9]+\z")]
    private static partial Regex SlugShape();

    /// <summary>Keygen's UUID_RE (dashes optional) on the slug without its dashes: such a slug would read as an account id.</summary>
    internal static bool ResemblesUuid(string slug) => IsUuid(slug.Replace("-", string.Empty, StringComparison.Ordinal));

    internal static bool IsUuid(string text) => UuidShape().IsMatch(text);

    [GeneratedRegex(@"\A[0-9A-F]{8}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{12}\z", RegexOptions.IgnoreCase)]
    private static partial Regex UuidShape();
}
