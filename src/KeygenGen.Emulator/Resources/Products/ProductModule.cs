using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Products;

/// <summary><c>/products</c>: create, read, update, delete and list products.</summary>
internal sealed class ProductModule : IResourceModule
{
    private const string Licensed = "LICENSED";
    private const string Open = "OPEN";

    private static readonly string[] DistributionStrategies = [Licensed, Open, "CLOSED"];

    private static readonly AttributeSetters<Product> Setters = new()
    {
        ["name"] = (p, f, n) => p.Name = f.String(n)!,
        ["code"] = (p, f, n) => p.Code = f.String(n),
        ["distributionStrategy"] = (p, f, n) => p.DistributionStrategy = f.String(n) ?? "LICENSED",
        ["url"] = (p, f, n) => p.Url = f.String(n),
        ["platforms"] = (p, f, n) => p.Platforms = f.Strings(n),
        ["metadata"] = (p, f, n) => p.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Product>(ProductRenderer.Render);
        routes.Get("/products", Index);
        routes.Post("/products", Create);
        routes.Get("/products/{id}", Show);
        routes.Update("/products/{id}", Update);
        routes.Delete("/products/{id}", Destroy);
        ProductRelationships.Register(routes);
    }

    public static Product Find(ApiRequest request, string routeValue = "id") =>
        Lookup.FindByAlias<Product>(
            request,
            "product",
            p => Visibility.Product(request.Caller, p, request.Account),
            (p, code) => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase),
            routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        Access.Require(request, request.Caller.IsStaff || request.Caller.Is(Role.User, Role.License, Role.Environment));
        var rows = request.Account.Table<Product>().All.Where(p => Listed(request, p)).ToList();

        // ProductPolicy#index?: a user may list only open products and licensed ones it holds a license for.
        Access.Require(request, request.Caller.Bearer is not User || rows.All(p => p.DistributionStrategy is Open or Licensed));
        return Listing.Of(request, rows);
    }

    /// <summary>
    /// Keygen's products scope for the list: a license sees its own product when LICENSED, a user the products of its
    /// licenses, and both every OPEN product (<c>for_license</c>, <c>for_user</c>: <c>.union(open)</c>).
    /// </summary>
    private static bool Listed(ApiRequest request, Product product) => request.Caller.Bearer switch
    {
        _ when request.Caller.SeesAll => true,
        License license => product.DistributionStrategy == Open || (license.Product == product && product.DistributionStrategy == Licensed),
        User => product.DistributionStrategy == Open || Visibility.Product(request.Caller, product, request.Account),
        _ => Visibility.Product(request.Caller, product, request.Account),
    };

    private static ApiResult Show(ApiRequest request) => Listing.One(request, Find(request));

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ProductSchemas.Create)).Child("data");
        Access.Require(request, request.Caller.Manages);
        var attributes = data.Child("attributes");
        var product = new Product(Guid.NewGuid(), request.Now, attributes.String("name")!);
        Setters.Apply(product, attributes);
        Validate(request, product);
        PermissionInput.Apply(product, attributes, "products", "product");

        request.Account.Table<Product>().Add(product);
        Broadcast.Publish(request, "product.created", product);
        return Listing.Created(request, product, "products");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var product = Find(request);
        var attributes = Fields.Of(request.Params(ProductSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, request.Caller.Manages || request.Caller.Bearer == product);
        EnvironmentalRows.RequireWritableHere(request, product);
        Changes.Apply(product, () =>
        {
            Setters.Apply(product, attributes);
            Validate(request, product);
            PermissionInput.Apply(product, attributes, "products", "product");
        });
        product.Updated = request.Now;
        Broadcast.Publish(request, "product.updated", product);
        return Listing.One(request, product);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var product = Find(request);
        Access.Require(request, request.Caller.Manages);
        EnvironmentalRows.RequireWritableHere(request, product);
        Broadcast.Publish(request, "product.deleted", product);
        Deletions.Product(request.Account, product);
        return ApiResult.NoContent();
    }

    private static void Validate(ApiRequest request, Product product)
    {
        var errors = new ValidationErrors("products", "product");
        if (product.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        if (product.Code is { } code)
        {
            if (Guid.TryParse(code, out _))
            {
                errors.Attribute("code", "INVALID", "is invalid");
            }
            else if (request.Account.Table<Product>().All.Any(p => p != product && string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Attribute("code", "TAKEN", "has already been taken");
            }
        }

        if (product.Url is { } url)
        {
            UrlRules.Check(errors, "url", url, "https", "http");
        }

        if (!DistributionStrategies.Contains(product.DistributionStrategy))
        {
            errors.Attribute("distributionStrategy", "NOT_ALLOWED", "unsupported distribution strategy");
        }

        errors.ThrowIfAny();
    }
}
