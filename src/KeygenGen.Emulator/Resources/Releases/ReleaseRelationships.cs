using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Packages;
using Keygen.Emulator.Resources.Products;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// A release's constraints (list, attach, detach), entitlements, product, package (read and change) and upgrade, and
/// a product's releases. Artifacts below a release are in <see cref="Artifacts.ArtifactModule"/>.
/// </summary>
internal static class ReleaseRelationships
{
    public static void Register(RouteTable routes)
    {
        Related.Many(routes, "/releases/{release_id}/constraints", FindRelease, (_, r) => r.Constraints, "constraint", allowed: SameProduct);
        routes.Post("/releases/{release_id}/constraints", AttachConstraints);
        routes.Delete("/releases/{release_id}/constraints", DetachConstraints);
        Related.Many(routes, "/releases/{release_id}/entitlements", FindRelease, (_, r) => r.Entitlements, "entitlement", (e, code) => e.Code == code, SameProduct);
        Related.One(routes, "/releases/{release_id}/product", FindRelease, r => r.Product, SameProduct);
        routes.Get("/releases/{release_id}/package", request => Listing.OneOrNull(request, FindRelease(request).Package), AuthMode.Optional);
        routes.Update("/releases/{release_id}/package", ChangePackage);
        routes.Get("/releases/{release_id}/upgrade", Upgrade, AuthMode.Optional);
        Related.Many(
            routes,
            "/products/{product_id}/releases",
            request => ProductModule.Find(request, "product_id"),
            (request, product) => ReleaseModule.Filtered(request, request.Account.Table<Release>().All.Where(r => r.Product == product && DistributionAccess.SeesRelease(request, r))),
            "release",
            (r, alias) => r.Version.ToString() == alias || r.Tag == alias);
    }

    private static Release FindRelease(ApiRequest request) => ReleaseModule.Find(request, "release_id");

    /// <summary>Staff, environments, the release's product, and licenses and users of that product.</summary>
    private static bool SameProduct(Principal caller, Release release) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product product => release.Product == product,
        License license => license.Product == release.Product,
        // Finding the release already required a license of its product (or an open release).
        User => true,
        _ => false,
    };

    private static ApiResult AttachConstraints(ApiRequest request)
    {
        var release = FindRelease(request);
        var ids = ((JsonArray)request.Params(ReleaseSchemas.AttachConstraints)["data"]!)
            .Select(item => Guid.Parse(item!["relationships"]!["entitlement"]!["data"]!["id"]!.GetValue<string>()))
            .ToList();

        // Keygen's ReleaseEntitlementConstraintPolicy#attach?: the entitlements named (looked up account-wide) must suit
        // the current environment, strictly for a global release (a shared release may take global entitlements).
        Access.RequireCompatible(request, ids.Select(request.Account.Table<Entitlement>().FindEverywhere).OfType<Entitlement>(), strict: release.Environment is null);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var created = Attachments.Join(
            ids,
            request.Account.Table<Entitlement>().Find,
            (entitlement, pending) => release.Constraints.Concat(pending).Any(c => c.Entitlement == entitlement),
            entitlement => new ReleaseConstraint(Guid.NewGuid(), request.Now, release, entitlement),
            () => new ValidationErrors("constraints", "constraint"),
            "entitlement");
        ReleaseDeletions.Constrain(request.Account, release, created);
        Broadcast.PublishAll(request, "release.constraints.attached", release, created);
        return Listing.All(request, created);
    }

    private static ApiResult DetachConstraints(ApiRequest request)
    {
        var release = FindRelease(request);
        var ids = Attachments.Ids(request, ReleaseSchemas.DetachConstraints);

        // ...#detach? likewise on the release's constraints named: a shared environment may not detach a global release's.
        Access.RequireCompatible(request, release.Constraints.Where(c => ids.Contains(c.Id)), strict: release.Environment is null);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var detached = Attachments.Detachable(ids, id => release.Constraints.Find(c => c.Id == id), Attachments.NotAttached("constraint"));
        ReleaseDeletions.Unconstrain(request.Account, release, detached);
        Broadcast.PublishAll(request, "release.constraints.detached", release, detached);
        return ApiResult.NoContent();
    }

    private static ApiResult ChangePackage(ApiRequest request)
    {
        var release = FindRelease(request);
        var body = request.Params(ReleaseSchemas.ChangePackage);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        Package? package = null;
        if (body["data"] is JsonObject linkage)
        {
            var id = Guid.Parse(linkage["id"]!.GetValue<string>());
            package = request.Account.Table<Package>().Find(id) is { } found && found.Product == release.Product
                ? found
                : throw ValidationErrors.MissingRelationship("releases", "release", "package");
        }

        Changes.Apply(release, () =>
        {
            release.Package = package;
            ReleaseRules.Validate(request, release, new ValidationErrors("releases", "release"));
        });
        release.Updated = request.Now;
        Broadcast.Publish(request, "release.package.updated", release);
        return Listing.OneOrNull(request, package);
    }

    /// <summary>
    /// Keygen's upgrades controller: <c>?product=</c> and <c>?package=</c> narrow where the current release is looked up (the
    /// same version may exist in several products), and the caller must be allowed to see both releases (<c>upgrade?</c>
    /// and <c>show?</c>: a suspended or expired license is refused with its reason).
    /// </summary>
    private static ApiResult Upgrade(ApiRequest request)
    {
        var product = request.Query.Scalar("product");
        var package = request.Query.Scalar("package");
        var release = ReleaseModule.Find(
            request,
            "release_id",
            r => (product is null || QueryFilters.SameId(r.Product.Id, product)) && (package is null || PackageFilters.IsPackage(r.Package, package)));
        DistributionAccess.AuthorizeShow(request, release);
        var constraint = ReleaseUpgrades.ConstraintOf(request);
        var candidates = request.Query.Scalar("package") is { } wanted
            ? (Func<Release, bool>)(r => PackageFilters.IsPackage(r.Package, wanted))
            : null;
        var upgrade = ReleaseUpgrades.Next(request, release, constraint, request.Query.Scalar("channel"), candidates)
            // Release#upgrade! raises NotFoundError(model: Release) with no id: Keygen renders it without naming a release.
            ?? throw Errors.NotFound("release", null);
        DistributionAccess.AuthorizeShow(request, upgrade);
        var meta = new JsonObject { ["current"] = release.Version.ToString(), ["next"] = upgrade.Version.ToString() };
        Broadcast.Publish(request, "release.upgraded", upgrade, meta.DeepClone().AsObject());
        var document = Documents.Single(request.Render(upgrade));
        document["meta"] = meta;
        return ApiResult.Ok(document);
    }
}
