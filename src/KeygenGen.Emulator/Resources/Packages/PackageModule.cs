using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Products;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.Resources.Releases;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Packages;

/// <summary><c>/packages</c> (filters <c>product</c>, <c>engine</c>) and <c>/products/{product_id}/packages</c>; the key works as the id.</summary>
internal sealed class PackageModule : IResourceModule
{
    private static readonly string[] ReservedKeys = ["actions", "action"];

    private static readonly AttributeSetters<Package> Setters = new()
    {
        ["name"] = (p, f, n) => p.Name = f.String(n)!,
        ["key"] = (p, f, n) => p.Key = f.String(n)!,
        ["engine"] = (p, f, n) => p.Engine = f.String(n),
        ["metadata"] = (p, f, n) => p.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Package>(Render);
        routes.Get("/packages", Index, AuthMode.Optional);
        routes.Post("/packages", Create);
        routes.Get("/packages/{id}", request => Listing.One(request, Find(request)), AuthMode.Optional);
        routes.Update("/packages/{id}", Update);
        routes.Delete("/packages/{id}", Destroy);
        Related.Many(
            routes,
            "/products/{product_id}/packages",
            request => ProductModule.Find(request, "product_id"),
            (request, product) => request.Account.Table<Package>().All.Where(p => p.Product == product).FilterEngine(request),
            "release package",
            (p, key) => p.Key == key);
    }

    public static Package Find(ApiRequest request, string routeValue = "id") =>
        Lookup.FindByAlias<Package>(request, "release package", p => DistributionAccess.SeesProduct(request, p.Product), (p, key) => p.Key == key, routeValue);

    private static ApiResult Index(ApiRequest request)
    {
        var rows = request.Account.Table<Package>().All
            .Where(p => DistributionAccess.SeesProduct(request, p.Product))
            .Filter(request, "product", (p, v) => QueryFilters.SameId(p.Product.Id, v))
            .FilterEngine(request);
        return Listing.Of(request, rows);
    }

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(PackageSchemas.Create)).Child("data");
        var product = request.Account.Table<Product>().Find(data.LinkageId("product")!.Value)
            ?? throw ValidationErrors.MissingRelationship("packages", "package", "product");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, product));
        var attributes = data.Child("attributes");
        var package = new Package(Guid.NewGuid(), request.Now, product, attributes.String("name")!, attributes.String("key")!);
        Setters.Apply(package, attributes);
        Validate(request, package);
        Catalog.Ensure(request, Catalog.Engines, package.Engine);
        request.Account.Table<Package>().Add(package);
        Broadcast.Publish(request, "package.created", package);
        return Listing.Created(request, package, "packages");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var package = Find(request);
        var attributes = Fields.Of(request.Params(PackageSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, package.Product));
        Changes.Apply(package, () =>
        {
            Setters.Apply(package, attributes);
            Validate(request, package);
        });
        Catalog.Ensure(request, Catalog.Engines, package.Engine);
        package.Updated = request.Now;
        Broadcast.Publish(request, "package.updated", package);
        return Listing.One(request, package);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var package = Find(request);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, package.Product));
        Broadcast.Publish(request, "package.deleted", package);
        ReleaseDeletions.Package(request.Account, package);
        return ApiResult.NoContent();
    }

    /// <summary>Keygen's ReleasePackage validations: a name, and a unique, non-UUID, non-reserved key of 1 to 255 characters.</summary>
    private static void Validate(ApiRequest request, Package package)
    {
        var errors = new ValidationErrors("packages", "package");
        if (package.Name.Length is < 1 or > 255)
        {
            errors.Attribute("name", "INVALID", "is invalid");
        }

        if (package.Key.Length is < 1 or > 255 || Guid.TryParse(package.Key, out _))
        {
            errors.Attribute("key", "INVALID", "is invalid");
        }
        else if (ReservedKeys.Contains(package.Key))
        {
            errors.Attribute("key", "NOT_ALLOWED", "is reserved");
        }
        else if (request.Account.Table<Package>().All.Any(p => p != package && p.Key == package.Key))
        {
            errors.Attribute("key", "TAKEN", "already exists");
        }

        errors.ThrowIfAny();
    }

    private static JsonObject Render(Package package, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "packages", package.Id);
        return new ResourceBuilder("packages", package.Id, self)
            .Attribute("name", package.Name)
            .Attribute("key", package.Key)
            .Attribute("engine", package.Engine)
            .Attribute("metadata", package.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(package.Created))
            .Attribute("updated", JsonValues.Of(package.Updated))
            .Account(account)
            .ToOne("product", "products", package.Product.Id, Links.Resource(account, "products", package.Product.Id))
            .ToMany("releases", self + "/releases")
            .Build();
    }
}
