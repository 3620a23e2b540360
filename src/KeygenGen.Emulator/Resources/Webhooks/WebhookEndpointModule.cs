using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Events.Delivery;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Signing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Webhooks;

/// <summary>
/// <c>/webhook-endpoints</c>: where events are delivered (https on a public host, like Keygen). The emulator records the
/// events of each subscribed endpoint; with <see cref="KeygenEmulatorOptions.DeliverWebhooksToLoopback"/> it also accepts
/// loopback endpoints (http too) and delivers to those alone.
/// </summary>
internal sealed class WebhookEndpointModule : IResourceModule
{
    private static readonly Param Type = RequestSchema.TypeOf(
        "webhookEndpoint", "webhookEndpoints", "webhook-endpoint", "webhook-endpoints", "webhook_endpoint", "webhook_endpoints");

    private static readonly RequestSchema CreateSchema = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
            Param.String("url"),
            Param.StringArray("subscriptions").Optional(),
            Param.String("apiVersion").In([.. ApiVersions.Supported]).Optional(),
            Param.String("signatureAlgorithm").Optional()),
        Param.Object("relationships", RequestSchema.Relationship("product", true, "product", "products").Optional()).Optional(),
    ]);

    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("url").Optional(),
            Param.StringArray("subscriptions").Optional(),
            Param.String("apiVersion").In([.. ApiVersions.Supported]).Optional(),
            Param.String("signatureAlgorithm").Optional()).Optional(),
        Param.Object("relationships", RequestSchema.Relationship("product", true, "product", "products").Optional()).Optional(),
    ]);

    private static readonly AttributeSetters<WebhookEndpoint> Setters = new()
    {
        ["url"] = (e, f, n) => e.Url = f.String(n)!,
        ["subscriptions"] = (e, f, n) => e.Subscriptions = f.Strings(n)!.Distinct().ToList(),
        ["apiVersion"] = (e, f, n) => e.ApiVersion = f.String(n)!,
        ["signatureAlgorithm"] = (e, f, n) => e.SignatureAlgorithm = f.String(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<WebhookEndpoint>(Render);
        routes.Get("/webhook-endpoints", Index);
        routes.Post("/webhook-endpoints", Create);
        routes.Get("/webhook-endpoints/{id}", Show);
        routes.Update("/webhook-endpoints/{id}", Update);
        routes.Delete("/webhook-endpoints/{id}", Destroy);
    }

    /// <summary>
    /// Admins, developers, read-only users and environments see every endpoint (of the request's environment); a product
    /// sees its own (Keygen's scope_for: <c>for_environment</c> for an environment, <c>for_product</c> for a product).
    /// </summary>
    public static bool Visible(Principal caller, WebhookEndpoint? endpoint) =>
        caller.Is(Role.Admin, Role.Developer, Role.ReadOnly, Role.Environment) || (caller.Bearer is Product product && endpoint?.Product == product);

    private static WebhookEndpoint Find(ApiRequest request) =>
        Lookup.Find<WebhookEndpoint>(request, "webhook endpoint", e => Visible(request.Caller, e));

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.ReadOnly, Role.Environment, Role.Product));
        return Listing.Of(request, request.Account.Table<WebhookEndpoint>().All.Where(e => Visible(request.Caller, e)));
    }

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(CreateSchema)).Child("data");
        var attributes = data.Child("attributes");
        var endpoint = new WebhookEndpoint(Guid.NewGuid(), request.Now, attributes.String("url")!, request.ApiVersion)
        {
            Product = request.Caller.Bearer as Product,
        };
        Setters.Apply(endpoint, attributes);
        SetProduct(request, data, endpoint);
        Access.Require(request, request.Caller.Manages || (endpoint.Product is not null && request.Caller.Bearer == endpoint.Product));
        Validate(request, endpoint);
        request.Account.Table<WebhookEndpoint>().Add(endpoint);
        return Listing.Created(request, endpoint, "webhook-endpoints");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var endpoint = Find(request);
        var data = Fields.Of(request.Params(UpdateSchema)).Child("data");
        Access.Require(request, request.Caller.Manages || request.Caller.Bearer == endpoint.Product);
        EnvironmentalRows.RequireWritableHere(request, endpoint);
        Changes.Apply(endpoint, () =>
        {
            Setters.Apply(endpoint, data.Child("attributes"));
            SetProduct(request, data, endpoint);
            Validate(request, endpoint);
        });
        endpoint.Updated = request.Now;
        return Listing.One(request, endpoint);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var endpoint = Find(request);
        Access.Require(request, request.Caller.Manages || request.Caller.Bearer == endpoint.Product);
        EnvironmentalRows.RequireWritableHere(request, endpoint);
        request.Account.Table<WebhookEndpoint>().Remove(endpoint);
        return ApiResult.NoContent();
    }

    private static void SetProduct(ApiRequest request, Fields data, WebhookEndpoint endpoint)
    {
        if (!data.HasRelationship("product"))
        {
            return;
        }

        endpoint.Product = data.LinkageId("product") is { } productId
            ? request.Account.Table<Product>().Find(productId) ?? throw ValidationErrors.MissingRelationship("webhook-endpoints", "webhook endpoint", "product")
            : null;
    }

    private static void Validate(ApiRequest request, WebhookEndpoint endpoint)
    {
        var errors = new ValidationErrors("webhook-endpoints", "webhook endpoint");
        if (endpoint.Subscriptions.Count == 0)
        {
            errors.Attribute("subscriptions", "TOO_SHORT", "must have at least 1 webhook event subscription");
        }
        else if (!endpoint.Subscriptions.SequenceEqual(["*"]) && endpoint.Subscriptions.Any(s => !EventTypes.All.Contains(s)))
        {
            errors.Attribute("subscriptions", "NOT_ALLOWED", "unsupported webhook event type for subscription");
        }

        // Keygen refuses http and local URLs; an emulator that delivers to loopback endpoints must accept those.
        if (request.Webhooks is null || !WebhookDeliverer.Sends(endpoint.Url))
        {
            UrlRules.Check(errors, "url", endpoint.Url, "https");
        }

        if (endpoint.Url.Length > 4096)
        {
            errors.Attribute("url", "TOO_LONG", "is too long (maximum is 4096 characters)");
        }

        if (!SignatureAlgorithms.All.Contains(endpoint.SignatureAlgorithm))
        {
            errors.Attribute("signatureAlgorithm", "NOT_ALLOWED", "unsupported signature algorithm");
        }

        errors.ThrowIfAny();
    }

    private static JsonObject Render(WebhookEndpoint endpoint, RenderContext context)
    {
        var account = context.AccountId;
        var product = endpoint.Product;
        return new ResourceBuilder("webhook-endpoints", endpoint.Id, Links.Resource(account, "webhook-endpoints", endpoint.Id))
            .Attribute("url", endpoint.Url)
            .Attribute("subscriptions", JsonValues.Of(endpoint.Subscriptions))
            .Attribute("signatureAlgorithm", endpoint.SignatureAlgorithm)
            .Attribute("apiVersion", endpoint.ApiVersion)
            .Attribute("created", JsonValues.Of(endpoint.Created))
            .Attribute("updated", JsonValues.Of(endpoint.Updated))
            .Account(account)
            .ToOne("product", "products", product?.Id, product is null ? null : Links.Resource(account, "products", product.Id))
            .Build();
    }
}
