using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Artifacts;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Packages;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// <c>/releases</c>: CRUD (the version or tag works as the id), publish and yank, the list filters, and the API 1.0
/// create-by-PUT; relationships are in <see cref="ReleaseRelationships"/>.
/// </summary>
internal sealed class ReleaseModule : IResourceModule
{
    private static readonly AttributeSetters<Release> Setters = new()
    {
        ["name"] = (r, f, n) => r.Name = f.String(n),
        ["description"] = (r, f, n) => r.Description = f.String(n),
        ["tag"] = (r, f, n) => r.Tag = f.String(n) is { Length: > 0 } tag ? tag : null,
        ["backdated"] = (r, f, n) => r.Backdated = f.Time(n),
        ["metadata"] = (r, f, n) => r.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Release>(ReleaseRenderer.Render);
        renderers.Register<ReleaseConstraint>(ReleaseRenderer.RenderConstraint);
        routes.Get("/releases", Index, AuthMode.Optional);
        routes.Post("/releases", Create);
        routes.ForApiVersion(LegacyReleases.Version, () => routes.Put("/releases", Create));
        routes.Get("/releases/{id}", Show, AuthMode.Optional);
        routes.Update("/releases/{id}", Update);
        routes.Delete("/releases/{id}", Destroy);
        routes.Post("/releases/{id}/actions/publish", request => Transition(request, "release.published", ReleaseStatuses.Published));
        routes.Post("/releases/{id}/actions/yank", request => Transition(request, "release.yanked", ReleaseStatuses.Yanked));
        ReleaseRelationships.Register(routes);
        LegacyReleases.Register(routes);
    }

    /// <summary>A release by UUID, version or tag, among those the caller may see (and, when given, within <paramref name="scope"/>).</summary>
    public static Release Find(ApiRequest request, string routeValue = "id", Func<Release, bool>? scope = null) =>
        Lookup.FindByAlias<Release>(
            request,
            "release",
            r => DistributionAccess.SeesRelease(request, r) && (scope is null || scope(r)),
            (r, alias) => r.Version.ToString() == alias || r.Tag == alias,
            routeValue);

    /// <summary>
    /// The release shown, updated or deleted: Keygen applies the list filters first, so <c>?product=</c> or
    /// <c>?package=</c> picks among releases that share a version.
    /// </summary>
    private static Release FindFiltered(ApiRequest request) => Find(request, scope: r => Filtered(request, [r]).Any());

    /// <summary>The list filters of <c>GET /releases</c> (and the product's releases).</summary>
    public static IEnumerable<Release> Filtered(ApiRequest request, IEnumerable<Release> rows)
    {
        rows = rows
            .Filter(request, "product", (r, v) => QueryFilters.SameId(r.Product.Id, v))
            .Filter(request, "status", (r, v) => r.Status == v.ToUpperInvariant())
            .Filter(request, "channel", (r, v) => ChannelsFor(v).Contains(r.Channel))
            .FilterFlag(request, "yanked", r => r.Status == ReleaseStatuses.Yanked)
            .FilterPackage(request, r => r.Package);
        if (request.ApiVersion == LegacyReleases.Version)
        {
            // Keygen keeps API 1.0's file filters for that version only: releases with an artifact of that key.
            var artifacts = request.Account.Table<Artifact>().All.ToList();
            rows = rows
                .Filter(request, "filetype", (r, v) => artifacts.Any(a => a.Release == r && a.Filetype == v))
                .Filter(request, "platform", (r, v) => artifacts.Any(a => a.Release == r && a.Platform == v))
                .Filter(request, "arch", (r, v) => artifacts.Any(a => a.Release == r && a.Arch == v))
                .Filter(request, "version", (r, v) => r.Version.ToString() == v);
        }

        foreach (var name in new[] { "entitlements", "constraints" })
        {
            if (request.Query.Get(name) is QueryList list)
            {
                var codes = list.Items.OfType<QueryScalar>().Select(c => c.Value).ToList();
                rows = rows.Where(r => r.Entitlements.All(e => codes.Contains(e.Code)));
            }
        }

        return rows;
    }

    /// <summary>Keygen's <c>for_channel</c>: a channel includes the more stable ones (alpha shows stable, rc and beta too); dev is alone.</summary>
    public static IReadOnlyList<string> ChannelsFor(string channel) => channel switch
    {
        "stable" => ["stable"],
        "rc" => ["stable", "rc"],
        "beta" => ["stable", "rc", "beta"],
        "alpha" => ["stable", "rc", "beta", "alpha"],
        _ => [channel],
    };

    private static ApiResult Index(ApiRequest request)
    {
        var rows = request.Account.Table<Release>().All.Where(r => DistributionAccess.SeesRelease(request, r));
        return Listing.Of(request, Filtered(request, rows));
    }

    /// <summary>ReleasePolicy#show?: a licensee sees a release it may read, and is refused one none of its licenses may download.</summary>
    private static ApiResult Show(ApiRequest request)
    {
        var release = FindFiltered(request);
        DistributionAccess.AuthorizeShow(request, release);
        return Listing.One(request, release);
    }

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ReleaseSchemas.Create)).Child("data");
        var attributes = data.Child("attributes");
        var product = request.Account.Table<Product>().Find(data.LinkageId("product")!.Value)
            ?? throw ValidationErrors.MissingRelationship("releases", "release", "product");
        if (data.Child("relationships").Has("constraints"))
        {
            // Keygen's ReleasePolicy: constraints made with the release take attaching them too.
            PermissionCheck.AlsoVerify(request, "release.constraints.attach");
        }

        Access.Require(request, DistributionAccess.CanWrite(request.Caller, product));
        EnvironmentRelationship.Verify(request, data, "releases", "release", out _);
        var errors = new ValidationErrors("releases", "release");
        var version = Semver.Parse(attributes.String("version")!);
        var release = new Release(Guid.NewGuid(), request.Now, product, version ?? new Semver(0, 0, 0, null, null), attributes.String("channel")!)
        {
            Status = attributes.String("status") ?? ReleaseStatuses.Draft,
            ApiVersion = request.ApiVersion,
        };
        Setters.Apply(release, attributes);
        if (data.Child("relationships").Has("package") && data.LinkageId("package") is { } packageId)
        {
            release.Package = request.Account.Table<Package>().Find(packageId);
            if (release.Package is null)
            {
                errors.Relationship("package", "NOT_FOUND", "must exist");
            }
        }

        if (version is null)
        {
            errors.Attribute("version", "INVALID", "must be a valid version");
        }

        var constraints = ConstraintsOf(request, data, release, errors);
        ReleaseRules.CheckBackdated(request, release, attributes, errors);
        ReleaseRules.Validate(request, release, errors);
        ReleaseLimit.Check(request);
        var legacyArtifact = LegacyReleases.ArtifactFrom(request, release, attributes);
        if (legacyArtifact is not null)
        {
            ArtifactModule.Validate(request, legacyArtifact);
        }

        Catalog.Ensure(request, Catalog.Channels, release.Channel);
        request.Account.Table<Release>().Add(release);
        ReleaseDeletions.Constrain(request.Account, release, constraints);
        if (legacyArtifact is not null)
        {
            ArtifactModule.Add(request, legacyArtifact);
        }

        Broadcast.Publish(request, "release.created", release);
        return Listing.Created(request, release, "releases");
    }

    /// <summary>
    /// The constraints sent inline on create (Keygen's nested attributes): each item's errors point at its own
    /// entitlement, an unknown one "must exist" and one named twice "is duplicated" at every index naming it
    /// (ReleaseEntitlementConstraint's create validation).
    /// </summary>
    private static List<ReleaseConstraint> ConstraintsOf(ApiRequest request, Fields data, Release release, ValidationErrors errors)
    {
        var created = new List<ReleaseConstraint>();
        var ids = data.Child("relationships").Child("constraints").Items("data").Select(item => item.LinkageId("entitlement")!.Value).ToList();
        for (var index = 0; index < ids.Count; index++)
        {
            if (request.Account.Table<Entitlement>().Find(ids[index]) is not { } entitlement)
            {
                errors.NestedRelationship("constraints", index, "entitlement", "NOT_FOUND", "must exist");
            }
            else if (ids.Count(id => id == ids[index]) > 1)
            {
                errors.NestedRelationship("constraints", index, "entitlement", "CONFLICT", "is duplicated");
            }
            else
            {
                created.Add(new ReleaseConstraint(Guid.NewGuid(), request.Now, release, entitlement));
            }
        }

        return created;
    }

    private static ApiResult Update(ApiRequest request)
    {
        var release = FindFiltered(request);
        var attributes = Fields.Of(request.Params(ReleaseSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        Changes.Apply(release, () =>
        {
            Setters.Apply(release, attributes);
            var errors = new ValidationErrors("releases", "release");
            ReleaseRules.CheckBackdated(request, release, attributes, errors);
            ReleaseRules.Validate(request, release, errors);
        });
        LegacyReleases.UpdateArtifact(request, release, attributes);
        release.Updated = request.Now;
        Broadcast.Publish(request, "release.updated", release);
        return Listing.One(request, release);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var release = FindFiltered(request);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        Broadcast.Publish(request, "release.deleted", release);
        ReleaseDeletions.Release(request.Account, release);
        return ApiResult.NoContent();
    }

    private static ApiResult Transition(ApiRequest request, string eventName, string status)
    {
        var release = Find(request);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        release.Status = status;
        if (status == ReleaseStatuses.Yanked)
        {
            release.Yanked = request.Now;
        }

        release.Updated = request.Now;
        Broadcast.Publish(request, eventName, release);
        return Listing.One(request, release);
    }
}
