using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Artifacts;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// The API 1.0 release routes (Keygen routes them only for <c>Keygen-Version: 1.0</c>; other versions get the
/// unknown-route 404), where a release had one artifact: made from file attributes on the release, downloaded,
/// uploaded and yanked through <c>/releases/{id}/artifact</c>, and upgraded by product, version, platform and file type
/// with a 303 to the next release's artifact (204 when there is none, or the caller may not have it).
/// Keygen's <c>V1x0::ReleaseDownloadService</c>, <c>…UploadService</c>, <c>…YankService</c> and <c>…UpgradeService</c>.
/// </summary>
internal static class LegacyReleases
{
    /// <summary>The API version these routes exist for.</summary>
    public const string Version = "1.0";

    private const int MinTtlSeconds = 60;
    private const int MaxTtlSeconds = 7 * 24 * 3600;

    /// <summary>The file attributes an API 1.0 release update may change on its artifact.</summary>
    private static readonly AttributeSetters<Artifact> FileSetters = new()
    {
        ["filesize"] = (a, f, n) => a.Filesize = f.Long(n),
        ["signature"] = (a, f, n) => a.Signature = f.String(n),
        ["checksum"] = (a, f, n) => a.Checksum = f.String(n),
    };

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

    /// <summary>API 1.0's single artifact, when the release was created with a <c>filename</c>.</summary>
    public static Artifact? ArtifactFrom(ApiRequest request, Release release, Fields attributes)
    {
        if (request.ApiVersion != Version || attributes.String("filename") is not { Length: > 0 } filename)
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

    /// <summary>API 1.0's update of the release's file attributes, which Keygen writes to its one artifact.</summary>
    public static void UpdateArtifact(ApiRequest request, Release release, Fields attributes)
    {
        if (request.ApiVersion != Version || ArtifactsOf(request, release).FirstOrDefault() is not { } artifact)
        {
            return;
        }

        FileSetters.Apply(artifact, attributes);
        artifact.Updated = request.Now;
    }

    /// <summary>These routes find the release by its UUID only (Keygen's <c>find</c>), among those the caller may see.</summary>
    private static Release FindById(ApiRequest request, string routeValue) =>
        Lookup.Find<Release>(request, "release", r => DistributionAccess.SeesRelease(request, r), routeValue);

    private static List<Artifact> ArtifactsOf(ApiRequest request, Release release) =>
        request.Account.Table<Artifact>().All.Where(a => a.Release == release).OrderBy(a => a.Created).ToList();

    private static ApiResult DownloadArtifact(ApiRequest request)
    {
        var release = FindById(request, "release_id");
        DistributionAccess.AuthorizeShow(request, release);
        if (release.Status == ReleaseStatuses.Yanked)
        {
            throw Errors.Unprocessable("has been yanked");
        }

        var ttl = DownloadTtl(request);
        var artifacts = ArtifactsOf(request, release);
        var artifact = artifacts.Count switch
        {
            0 => throw NotFound("artifact does not exist (ensure it has been uploaded)"),
            > 1 => throw Errors.Unprocessable(TooManyArtifacts),
            _ => artifacts[0],
        };
        if (artifact.Status != ArtifactStatuses.Uploaded)
        {
            throw NotFound("artifact is unavailable (ensure it has been fully uploaded)");
        }

        Broadcast.Publish(request, "release.downloaded", artifact);
        return ArtifactDownloads.RedirectToDownload(request, artifact, ttl);
    }

    /// <summary><c>?ttl=</c>, taken from the roles Keygen's typed query lets send it, between a minute and a week.</summary>
    private static int DownloadTtl(ApiRequest request)
    {
        if (!request.Caller.Is(Role.Admin, Role.Developer, Role.SalesAgent, Role.SupportAgent, Role.Product, Role.Environment)
            || !int.TryParse(request.Query.Scalar("ttl"), out var ttl))
        {
            return ArtifactStorage.DefaultTtlSeconds;
        }

        return ttl switch
        {
            < MinTtlSeconds => throw Errors.BadRequest("must be greater than or equal to 60 (1 minute)", ErrorSource.Parameter("ttl")),
            > MaxTtlSeconds => throw Errors.BadRequest("must be less than or equal to 604800 (1 week)", ErrorSource.Parameter("ttl")),
            _ => ttl,
        };
    }

    /// <summary>Hands out the upload URL of the release's artifact, and publishes the release (API 1.0 did on upload).</summary>
    private static ApiResult UploadArtifact(ApiRequest request)
    {
        var release = FindById(request, "release_id");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var artifact = SingleArtifactOfUnyanked(request, release);
        release.Status = ReleaseStatuses.Published;
        release.Updated = request.Now;
        Broadcast.Publish(request, "release.uploaded", release);
        return ArtifactDownloads.Upload(request, artifact);
    }

    /// <summary>Removes the release's artifact and stamps the release yanked (its status stays, as Keygen only touches yanked_at).</summary>
    private static ApiResult YankArtifact(ApiRequest request)
    {
        var release = FindById(request, "release_id");
        Access.Require(request, DistributionAccess.CanWrite(request.Caller, release.Product));
        var artifact = SingleArtifactOfUnyanked(request, release);
        request.Account.Table<Artifact>().Remove(artifact);
        artifact.Object?.Discard();
        release.Yanked = request.Now;
        release.Updated = request.Now;
        Broadcast.Publish(request, "release.yanked", release);
        return ApiResult.NoContent();
    }

    private static Artifact SingleArtifactOfUnyanked(ApiRequest request, Release release)
    {
        var artifact = ArtifactsOf(request, release).FirstOrDefault() ?? throw Errors.Unprocessable("artifact must be present");
        return release.Status == ReleaseStatuses.Yanked ? throw Errors.Unprocessable("has been yanked") : artifact;
    }

    private static ApiResult UpgradeByQuery(ApiRequest request)
    {
        var query = new UpgradeQuery(
            TypedQuery.Required(request, "product"),
            TypedQuery.Required(request, "platform"),
            TypedQuery.Required(request, "filetype"),
            TypedQuery.Required(request, "version"),
            request.Query.Scalar("channel") ?? "stable",
            request.Query.Scalar("constraint"));
        return Upgrade(request, query, (parameter, message) => Errors.BadRequest(message, ErrorSource.Parameter(parameter), $"UPGRADE_{parameter.ToUpperInvariant()}_INVALID"));
    }

    private static ApiResult UpgradeById(ApiRequest request)
    {
        var current = FindById(request, "id");
        var artifact = ArtifactsOf(request, current).FirstOrDefault() ?? throw Errors.Unprocessable("artifact must be present");
        var query = new UpgradeQuery(
            current.Product.Id.ToString(),
            artifact.Platform,
            artifact.Filetype,
            current.Version.ToString(),
            request.Query.Scalar("channel") ?? "stable",
            request.Query.Scalar("constraint"));

        // What the release itself lacks is unprocessable; the query's own parameters are bad requests.
        return Upgrade(request, query, (parameter, message) => parameter is "constraint" or "channel"
            ? Errors.BadRequest(message, ErrorSource.Parameter(parameter), $"UPGRADE_{parameter.ToUpperInvariant()}_INVALID")
            : Errors.Unprocessable(message));
    }

    /// <summary>
    /// The highest published version above the current one among the product's releases the caller may see that have
    /// a file for the platform and file type, on the channel (or a more stable one), within the constraint; the current
    /// release need not exist. A caller refused either release gets a 204, as Keygen rescues the refusal.
    /// </summary>
    private static ApiResult Upgrade(ApiRequest request, UpgradeQuery query, Func<string, string, ApiException> invalid)
    {
        var (current, constraint) = query.Validate(invalid);
        var available = request.Account.Table<Release>().All
            .Where(r => DistributionAccess.SeesRelease(request, r) && QueryFilters.SameId(r.Product.Id, query.Product!) && HasFile(request, r, query.Platform, query.Filetype))
            .ToList();
        var channels = ReleaseModule.ChannelsFor(query.Channel!);
        var next = available
            .Where(r => r.IsPublished && channels.Contains(r.Channel) && r.Version.CompareTo(current) > 0 && (constraint?.Allows(r.Version) ?? true))
            .OrderByDescending(r => r.Version)
            .FirstOrDefault();
        if (!MayDownload(request, available.FirstOrDefault(r => r.Version.ToString() == current.ToString())) || next is null || !MayDownload(request, next))
        {
            return ApiResult.NoContent();
        }

        var files = ArtifactsOf(request, next).Where(a => a.Platform == query.Platform && a.Filetype == query.Filetype).ToList();
        if (files.Count > 1)
        {
            throw Errors.Unprocessable(TooManyArtifacts);
        }

        if (files.Count == 0 || files[0].Status != ArtifactStatuses.Uploaded)
        {
            // Keygen acts as if a release whose file is not uploaded yet did not exist.
            return ApiResult.NoContent();
        }

        var meta = new JsonObject { ["current"] = current.ToString(), ["next"] = next.Version.ToString() };
        Broadcast.Publish(request, "release.upgraded", next, meta.DeepClone().AsObject());
        var result = ArtifactDownloads.RedirectToDownload(request, files[0], ArtifactStorage.DefaultTtlSeconds);
        result.Document!["meta"] = meta;
        return result;
    }

    /// <summary>Keygen's <c>Releases::V1x0::DownloadPolicy</c>: nothing to check without a release; refusals are answered as 204.</summary>
    private static bool MayDownload(ApiRequest request, Release? release)
    {
        try
        {
            if (release is not null)
            {
                DistributionAccess.AuthorizeShow(request, release);
            }

            return true;
        }
        catch (ApiException refused) when (refused.Status == 403)
        {
            return false;
        }
    }

    private static bool HasFile(ApiRequest request, Release release, string? platform, string? filetype) =>
        request.Account.Table<Artifact>().All.Any(a => a.Release == release && a.Platform == platform && a.Filetype == filetype);

    private static ApiException NotFound(string detail) => new(new ApiError(404, "Not found", detail, "NOT_FOUND"));

    private const string TooManyArtifacts = "multiple artifacts are not supported by this release (see upgrading from v1.0 to v1.1)";

    /// <summary>What an upgrade is asked for; <see cref="Validate"/> applies V1x0::ReleaseUpgradeService's checks in its order.</summary>
    private sealed record UpgradeQuery(string? Product, string? Platform, string? Filetype, string? Version, string? Channel, string? Constraint)
    {
        public (Semver Current, SemverConstraint? Constraint) Validate(Func<string, string, ApiException> invalid)
        {
            foreach (var (parameter, value) in new[] { ("product", Product), ("platform", Platform), ("filetype", Filetype), ("version", Version), ("channel", Channel) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw invalid(parameter, parameter == "version" ? "current version must be present" : $"{parameter} must be present");
                }
            }

            var current = Semver.Parse(Version!) ?? throw invalid("version", "current version must be a valid semver: x.y.z or x.y.z-beta.1");
            return (current, Constraint is { Length: > 0 } text ? ParseConstraint(text, invalid) : null);
        }

        private static SemverConstraint ParseConstraint(string text, Func<string, string, ApiException> invalid) => text switch
        {
            _ when text.Contains('-', StringComparison.Ordinal) => throw invalid("constraint", "version constraint cannot contain prerelease tag (use channel)"),
            _ when text.Contains('+', StringComparison.Ordinal) => throw invalid("constraint", "version constraint cannot contain build tag"),
            _ => SemverConstraint.Parse(text) ?? throw invalid("constraint", "version constraint must be valid: x, x.y, x.y.z"),
        };
    }
}
