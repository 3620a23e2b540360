using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Packages;
using Keygen.Emulator.Resources.Products;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.Resources.Releases;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>
/// <c>/artifacts</c> (the filename works as the id, newest version first), the vanity download path, and the artifacts
/// of a release and of a product. Reads that name one artifact are downloads (<see cref="ArtifactDownloads"/>).
/// </summary>
internal sealed class ArtifactModule : IResourceModule
{
    private static readonly AttributeSetters<Artifact> Setters = new()
    {
        ["filesize"] = (a, f, n) => a.Filesize = f.Long(n),
        ["filetype"] = (a, f, n) => a.Filetype = Blank(f.String(n)),
        ["platform"] = (a, f, n) => a.Platform = Blank(f.String(n)),
        ["arch"] = (a, f, n) => a.Arch = Blank(f.String(n)),
        ["signature"] = (a, f, n) => a.Signature = f.String(n),
        ["checksum"] = (a, f, n) => a.Checksum = f.String(n),
        ["metadata"] = (a, f, n) => a.Metadata = f.Object(n)!,
    };

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Artifact>(ArtifactRenderer.Render);
        routes.Get("/artifacts", request => Listing.Of(request, Filtered(request, Visible(request))), AuthMode.Optional);
        routes.Post("/artifacts", Create);
        // Keygen routes an artifact's id with constraints: { id: /.*/ }: a filename with directories ("dir/app.tar.gz")
        // is one id. The vanity path takes a UUID and a filename (UUID_URL_RE), and the show routes answer any Accept.
        routes.GetAnyAccept("/artifacts/{id}", "/artifacts/{**id}", request => ArtifactDownloads.Download(request, Find(request)), AuthMode.Optional);
        routes.GetAnyAccept("/artifacts/{id}/{filename}", "/artifacts/{id:guid}/{**filename:minlength(1)}", Vanity, AuthMode.Optional);
        routes.Update("/artifacts/{id}", Update, "/artifacts/{**id}");
        routes.Delete("/artifacts/{id}", Destroy, pattern: "/artifacts/{**id}");
        // A release's artifacts take an optional token (open releases are public), a product's a required one.
        RegisterBelow(routes, "/releases/{release_id}/artifacts", request => ReleaseModule.Find(request, "release_id"), (request, release) => Visible(request).Where(a => a.Release == release), AuthMode.Optional);
        RegisterBelow(routes, "/products/{product_id}/artifacts", request => ProductModule.Find(request, "product_id"), (request, product) => Visible(request).Where(a => a.Product == product), AuthMode.Required);
    }

    /// <summary>Validates a new artifact, records its platform, arch and file type keys and stores it.</summary>
    public static void Add(ApiRequest request, Artifact artifact)
    {
        Validate(request, artifact);
        artifact.Platform = Catalog.Ensure(request, Catalog.Platforms, artifact.Platform);
        artifact.Arch = Catalog.Ensure(request, Catalog.Arches, artifact.Arch);
        request.Account.Table<Artifact>().Add(artifact);
    }

    /// <summary>
    /// Keygen's ReleaseArtifact validations (also API 1.0's release create, before the release is stored): a filename
    /// unique in its release, whose extension matches the file type, which is kept as a key (lower case, no leading dot).
    /// </summary>
    public static void Validate(ApiRequest request, Artifact artifact)
    {
        artifact.Filetype = Blank(artifact.Filetype?.ToLowerInvariant().TrimStart('.').Trim());
        var errors = new ValidationErrors("artifacts", "artifact");
        if (artifact.Filename.Length is 0 or > 255)
        {
            errors.Attribute("filename", "INVALID", "is invalid");
        }
        else if (request.Account.Table<Artifact>().All.Any(a => a.Release == artifact.Release && a.Filename == artifact.Filename))
        {
            errors.Attribute("filename", "TAKEN", "already exists");
        }

        if (artifact.Filetype is { } filetype && artifact.Filename.Contains('.', StringComparison.Ordinal)
            && !artifact.Filename.EndsWith("." + filetype, StringComparison.OrdinalIgnoreCase))
        {
            errors.Attribute("filename", "EXTENSION_INVALID", $"filename extension does not match filetype (expected {filetype})");
        }

        CheckFilesize(errors, artifact);
        errors.ThrowIfAny();
    }

    /// <summary>The artifacts the caller may see, newest release version first (Keygen's order for finding by filename).</summary>
    private static IEnumerable<Artifact> Visible(ApiRequest request) =>
        request.Account.Table<Artifact>().All.Where(a => DistributionAccess.SeesArtifact(request, a));

    /// <summary>
    /// Keygen's <c>set_artifact</c>: the list filters apply first (<c>?release=</c>, <c>?channel=</c>, <c>?product=</c>…), then
    /// the id is the UUID or the filename; a filename names the artifact of the newest release version, the newest
    /// artifact among equal versions (<c>order_by_version</c>).
    /// </summary>
    private static Artifact Find(ApiRequest request) => Find(request, Filtered(request, Visible(request)));

    private static Artifact Find(ApiRequest request, IEnumerable<Artifact> among)
    {
        var id = request.Route("id");
        var rows = among.ToList();
        return (Guid.TryParse(id, out var guid) ? rows.Find(a => a.Id == guid) : null)
            ?? rows.Select((artifact, order) => (Artifact: artifact, Order: order))
                .Where(row => row.Artifact.Filename == id)
                .OrderByDescending(row => row.Artifact.Release.Version)
                .ThenByDescending(row => row.Artifact.Created)
                .ThenByDescending(row => row.Order)
                .Select(row => row.Artifact)
                .FirstOrDefault()
            ?? throw Errors.NotFound("release artifact", id);
    }

    private static void RegisterBelow<TParent>(RouteTable routes, string path, Func<ApiRequest, TParent> parent, Func<ApiRequest, TParent, IEnumerable<Artifact>> artifacts, AuthMode auth)
    {
        routes.Get(path, request => Listing.Of(request, Filtered(request, artifacts(request, parent(request)))), auth);
        routes.Get(path + "/{id}", request => ArtifactDownloads.Download(request, Find(request, artifacts(request, parent(request)))), auth);
    }

    /// <summary>The vanity path: the id must be the UUID; the filename names the download.</summary>
    private static ApiResult Vanity(ApiRequest request)
    {
        var id = request.Route("id");
        var artifact = Guid.TryParse(id, out var guid) ? Visible(request).FirstOrDefault(a => a.Id == guid) : null;
        return ArtifactDownloads.Download(request, artifact ?? throw Errors.NotFound("release artifact", id), request.Route("filename"));
    }

    private static IEnumerable<Artifact> Filtered(ApiRequest request, IEnumerable<Artifact> rows) => rows
        .Filter(request, "product", (a, v) => QueryFilters.SameId(a.Product.Id, v))
        .Filter(request, "release", (a, v) => QueryFilters.SameId(a.Release.Id, v) || a.Release.Version.ToString() == v || a.Release.Tag == v)
        .Filter(request, "channel", (a, v) => ReleaseModule.ChannelsFor(v).Contains(a.Release.Channel))
        .Filter(request, "status", (a, v) => a.Status == v.ToUpperInvariant())
        .Filter(request, "filetype", (a, v) => a.Filetype == Blank(v))
        .Filter(request, "platform", (a, v) => a.Platform == Blank(v))
        .Filter(request, "arch", (a, v) => a.Arch == Blank(v))
        .FilterPackage(request, a => a.Release.Package);

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(ArtifactSchemas.Create)).Child("data");
        var release = request.Account.Table<Release>().Find(data.LinkageId("release")!.Value)
            ?? throw ValidationErrors.MissingRelationship("artifacts", "artifact", "release");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        EnvironmentRelationship.Verify(request, data, "artifacts", "artifact", out _);
        var attributes = data.Child("attributes");
        var artifact = new Artifact(Guid.NewGuid(), request.Now, release, attributes.String("filename")!);
        Setters.Apply(artifact, attributes);
        Add(request, artifact);
        Broadcast.Publish(request, "artifact.created", artifact);
        return ArtifactDownloads.Upload(request, artifact);
    }

    private static ApiResult Update(ApiRequest request)
    {
        var artifact = Find(request);
        var attributes = Fields.Of(request.Params(ArtifactSchemas.Update)).Child("data").Child("attributes");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, artifact.Product));
        Changes.Apply(artifact, () =>
        {
            Setters.Apply(artifact, attributes);
            var errors = new ValidationErrors("artifacts", "artifact");
            CheckFilesize(errors, artifact);
            errors.ThrowIfAny();
        });
        artifact.Updated = request.Now;
        Broadcast.Publish(request, "artifact.updated", artifact);
        return Listing.One(request, artifact);
    }

    /// <summary>Keygen yanks the artifact, then a worker deletes its object and row; the emulator does both at once.</summary>
    private static ApiResult Destroy(ApiRequest request)
    {
        var artifact = Find(request);
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, artifact.Product));
        Broadcast.Publish(request, "artifact.deleted", artifact);
        request.Account.Table<Artifact>().Remove(artifact);
        artifact.Object?.Discard();
        return ApiResult.NoContent();
    }

    private static void CheckFilesize(ValidationErrors errors, Artifact artifact)
    {
        NumberRules.AtLeast(errors, "filesize", artifact.Filesize, 0);
        NumberRules.AtMost(errors, "filesize", artifact.Filesize, 5L * 1024 * 1024 * 1024);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
