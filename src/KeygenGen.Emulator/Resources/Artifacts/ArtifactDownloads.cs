using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Releases;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>
/// Keygen's artifact <c>show</c>: the artifact with a 303 to a presigned download URL (also in <c>links.redirect</c>);
/// <c>Prefer: no-redirect</c> gives 200 with the same <c>Location</c>; an artifact not downloadable yet, or
/// <c>Prefer: no-download</c>, gives the plain artifact. Uploads answer 307 to a presigned upload URL likewise.
/// </summary>
internal static class ArtifactDownloads
{
    public static ApiResult Download(ApiRequest request, Artifact artifact, string? filename = null)
    {
        DistributionAccess.AuthorizeShow(request, artifact.Release);
        if (!artifact.IsDownloadable || Prefers(request, "no-download"))
        {
            return ApiResult.Ok(Documents.Single(request.Render(artifact)));
        }

        var result = RedirectToDownload(request, artifact, Ttl(request), filename);
        Broadcast.Publish(request, "artifact.downloaded", artifact);
        Broadcast.Publish(request, "release.downloaded", artifact);
        return result;
    }

    /// <summary>
    /// The 303 to a presigned download URL (200 with <c>Prefer: no-redirect</c>) alone, without the access check and the
    /// download events: API 1.0's routes authorize and announce in their own way.
    /// </summary>
    public static ApiResult RedirectToDownload(ApiRequest request, Artifact artifact, int ttlSeconds, string? filename = null) =>
        Redirect(request, artifact, ArtifactStorage.PresignedUrl(request, artifact, "GET", filename ?? artifact.Filename, ttlSeconds), 303);

    public static ApiResult Upload(ApiRequest request, Artifact artifact) =>
        Redirect(request, artifact, ArtifactStorage.PresignedUrl(request, artifact, "PUT", artifact.Filename, ArtifactStorage.DefaultTtlSeconds), 307);

    /// <summary>The artifact with its URL as <c>links.redirect</c> and <c>Location</c>: a redirect, or a 200 when the client prefers no redirect.</summary>
    private static ApiResult Redirect(ApiRequest request, Artifact artifact, string url, int status)
    {
        var resource = request.Render(artifact);
        resource["links"]!["redirect"] = url;
        var document = Documents.Single(resource);
        return Prefers(request, "no-redirect") ? new ApiResult(200, document, url) : new ApiResult(status, document, url);
    }

    /// <summary><c>Prefer: a, b</c> or <c>?prefer=a</c>.</summary>
    private static bool Prefers(ApiRequest request, string preference) =>
        request.Http.Request.Headers["Prefer"].SelectMany(h => (h ?? string.Empty).Split(','))
            .Append(request.Query.Scalar("prefer") ?? string.Empty)
            .Any(p => string.Equals(p.Trim(), preference, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>?ttl=</c> seconds, honoured for privileged callers (Keygen ignores it for licensees).</summary>
    private static int Ttl(ApiRequest request) =>
        (request.Caller.IsStaff || request.Caller.Bearer is Product)
        && int.TryParse(request.Query.Scalar("ttl"), out var ttl) && ttl > 0
            ? ttl
            : ArtifactStorage.DefaultTtlSeconds;
}
