using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Products;
using Keygen.Emulator.Resources.Releases;

namespace Keygen.Emulator.Resources.ReleaseCatalog;

/// <summary>
/// <c>/platforms</c>, <c>/arches</c>, <c>/channels</c>, <c>/engines</c> and the same lists under
/// <c>/products/{product_id}/…</c>: read-only; each caller sees those used (in the request's environment) by products
/// they may download from.
/// Engines are also found by key.
/// </summary>
internal sealed class CatalogModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<CatalogEntry>(Render);
        foreach (var kind in Catalog.Kinds)
        {
            routes.Get("/" + kind, request => Listing.Of(request, Catalog.Of(request.Account, kind).Where(e => Visible(request, e))), AuthMode.Optional);
            routes.Get("/" + kind + "/{id}", request => Listing.One(request, Find(request, kind, e => Visible(request, e))), AuthMode.Optional);
            Related.Many(
                routes,
                "/products/{product_id}/" + kind,
                request => ProductModule.Find(request, "product_id"),
                (request, product) => Catalog.Of(request.Account, kind).Where(e => Catalog.ProductsUsing(request.Account, e).Contains(product)),
                Model(kind),
                Alias(kind));
        }
    }

    /// <summary>
    /// Keygen scopes these tables through what uses them (<c>for_environment</c> joins the artifacts, releases or
    /// packages of the request's environment): an entry nothing in this environment uses is not found, even by staff.
    /// </summary>
    private static bool Visible(ApiRequest request, CatalogEntry entry) =>
        Catalog.ProductsUsing(request.Account, entry).Any(p => DistributionAccess.SeesProduct(request, p));

    private static CatalogEntry Find(ApiRequest request, string kind, Func<CatalogEntry, bool> visible) =>
        Lookup.FindByAlias<CatalogEntry>(request, Model(kind), e => e.Kind == kind && visible(e), Alias(kind));

    /// <summary>Only engines take their key in place of the id.</summary>
    private static Func<CatalogEntry, string, bool> Alias(string kind) =>
        kind == Catalog.Engines ? (e, key) => e.Key == key : (_, _) => false;

    /// <summary>The name errors give the entry, as Keygen's model (ReleaseArch, ReleasePlatform, …) is named.</summary>
    private static string Model(string kind) => kind switch
    {
        Catalog.Arches => "release arch",
        _ => "release " + kind.TrimEnd('s'),
    };

    private static JsonObject Render(CatalogEntry entry, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder(entry.Kind, entry.Id, Links.Resource(account, entry.Kind, entry.Id))
            .Attribute("name", entry.Name)
            .Attribute("key", entry.Key)
            .Attribute("created", JsonValues.Of(entry.Created))
            .Attribute("updated", JsonValues.Of(entry.Updated))
            .Account(account)
            .Build();
    }
}
