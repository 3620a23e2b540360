using System;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Artifacts;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// The API 1.0 release routes (Keygen routes them only for <c>Keygen-Version: 1.0</c>; other versions get the
/// unknown-route 404): a release has one artifact, made from file attributes on the release; upgrades are found by
/// product, version, platform and file type and answered with a 303 to the artifact (204 when up to date).
/// </summary>
internal static class LegacyReleases
{
    public static void Register(RouteTable routes)
    {
        routes.ForApiVersion(Version, () =>
        {
            routes.Get("/releases/actions/upgrade", UpgradeByQuery, AuthMode.Optional);
            routes.Get("/releases/{id}/actions/upgrade", UpgradeById, AuthMode.Optional);
            routes.Get("/releases/{release_id}/artifact", DownloadArtifact, AuthMode.Optional);
            routes.Put("/releases/{release_id}/artifact", UploadArtifact);
            routes.Delete("/releases/{release_id}/artifact", YankArtifact);
        });
    }

    /// <summary>The API version these routes exist for.</summary>
    public const string Version = "1.0";

    /// <summary>API 1.0's single artifact, when the release was created with a <c>filename</c>.</summary>
    public static Artifact? ArtifactFrom(ApiRequest request, Release release, Fields attributes)
    {
        if (request.ApiVersion != "1.0" || attributes.String("filename") is not { Length: > 0 } filename)
        {
            return null;
        }

        return new Artifact(Guid.NewGuid(), request.Now, release, filename)
        {
            Filetype = attributes.String("filetype"),
            Platform = attributes.String("platform"),
            Filesize = attributes.Long("filesize"),
            Signature = attributes.String("signature"),
            Checksum = attributes.String("checksum"),
        };
    }

    private static Artifact? SingleArtifact(ApiRequest request, Release release) =>
        request.Account.Table<Artifact>().All.Where(a => a.Release == release).OrderBy(a => a.Created).FirstOrDefault();

    private static ApiResult DownloadArtifact(ApiRequest request)
    {
        var release = ReleaseModule.Find(request, "release_id");
        if (release.Status == ReleaseStatuses.Yanked)
        {
            throw Errors.Unprocessable("has been yanked");
        }

        var artifact = SingleArtifact(request, release) ?? throw new ApiException(new ApiError(404, "Not found", "does not exist (ensure it has been uploaded)", "NOT_FOUND"));
        return ArtifactDownloads.Download(request, artifact);
    }

    private static ApiResult UploadArtifact(ApiRequest request)
    {
        var release = ReleaseModule.Find(request, "release_id");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var artifact = SingleArtifact(request, release);
        if (artifact is null || release.Status == ReleaseStatuses.Yanked)
        {
            throw Errors.Unprocessable(artifact is null ? "artifact does not exist" : "has been yanked");
        }

        Broadcast.Publish(request, "release.uploaded", release);
        return ArtifactDownloads.Upload(request, artifact);
    }

    /// <summary>Yanks the release and removes its artifact.</summary>
    private static ApiResult YankArtifact(ApiRequest request)
    {
        var release = ReleaseModule.Find(request, "release_id");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var artifact = SingleArtifact(request, release);
        if (artifact is null || release.Status == ReleaseStatuses.Yanked)
        {
            throw Errors.Unprocessable(artifact is null ? "artifact does not exist" : "has already been yanked");
        }

        request.Account.Table<Artifact>().Remove(artifact);
        artifact.Object?.Discard();
        release.Status = ReleaseStatuses.Yanked;
        release.Yanked = request.Now;
        release.Updated = request.Now;
        Broadcast.Publish(request, "release.yanked", release);
        return ApiResult.NoContent();
    }

    private static ApiResult UpgradeByQuery(ApiRequest request)
    {
        string Required(string name) => request.Query.Scalar(name) is { Length: > 0 } value
            ? value
            : throw Errors.BadRequest($"{name} is required", ErrorSource.Parameter(name), $"UPGRADE_{name.ToUpperInvariant()}_INVALID");

        var productId = Required("product");
        var version = Required("version");
        var platform = Required("platform");
        var filetype = Required("filetype");
        var current = request.Account.Table<Release>().All
            .Where(r => r.Product.Id.ToString() == productId && r.Version.ToString() == version && DistributionAccess.SeesRelease(request, r))
            .FirstOrDefault(r => HasFile(request, r, platform, filetype))
            ?? throw Errors.BadRequest("current release not found", ErrorSource.Parameter("version"), "UPGRADE_VERSION_INVALID");
        return Upgrade(request, current, platform, filetype);
    }

    private static ApiResult UpgradeById(ApiRequest request)
    {
        var current = ReleaseModule.Find(request);
        var artifact = SingleArtifact(request, current) ?? throw Errors.Unprocessable("artifact does not exist");
        return Upgrade(request, current, artifact.Platform, artifact.Filetype);
    }

    private static ApiResult Upgrade(ApiRequest request, Release current, string? platform, string? filetype)
    {
        var constraint = ReleaseUpgrades.ConstraintOf(request, "UPGRADE_CONSTRAINT_INVALID");
        var next = ReleaseUpgrades.Next(request, current, constraint, request.Query.Scalar("channel"), r => HasFile(request, r, platform, filetype));
        if (next is null || request.Account.Table<Artifact>().All.FirstOrDefault(a => a.Release == next && a.Platform == platform && a.Filetype == filetype && a.IsDownloadable) is not { } artifact)
        {
            return ApiResult.NoContent();
        }

        var result = ArtifactDownloads.Download(request, artifact);
        result.Document!["meta"] = new System.Text.Json.Nodes.JsonObject { ["current"] = current.Version.ToString(), ["next"] = next.Version.ToString() };
        Broadcast.Publish(request, "release.upgraded", next);
        return result;
    }

    private static bool HasFile(ApiRequest request, Release release, string? platform, string? filetype) =>
        request.Account.Table<Artifact>().All.Any(a => a.Release == release && a.Platform == platform && a.Filetype == filetype);
}
