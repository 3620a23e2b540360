using System;
using System.Threading.Tasks;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;
using Keygen.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>
/// Serves the presigned URLs of <see cref="ArtifactStorage"/> like an object store, outside the Keygen API (no
/// JSON:API, no signature): <c>PUT</c> streams an artifact's bytes into the <see cref="ObjectStore"/> and marks it
/// UPLOADED (what Keygen's upload worker does once the object exists), <c>GET</c> streams them back with the upload's
/// <c>Content-Type</c> and an <c>ETag</c>, honouring <c>Range</c> and <c>If-Range</c> as S3 does, so a broken download
/// resumes. Bytes never pass through memory whole. A wrong or expired URL is a 403.
/// </summary>
internal static class StorageEndpoint
{
    /// <summary>Keygen's largest artifact (its <c>filesize</c> limit); Kestrel's default body limit of 30 MB would refuse most installers.</summary>
    private const long MaxObjectSize = 5L * 1024 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app, EmulatorStore store, ObjectStore objects)
    {
        const string Path = ArtifactStorage.PathPrefix + "{account}/{artifact}/{filename}";
        app.MapMethods(Path, [HttpMethods.Put], (HttpContext http) => UploadAsync(http, store, objects));
        app.MapMethods(Path, [HttpMethods.Get], (HttpContext http) => DownloadAsync(http, store));
    }

    private static async Task UploadAsync(HttpContext http, EmulatorStore store, ObjectStore objects)
    {
        if (Presigned(store, http.Request) is not { } target)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxObjectSize;
        }

        var contentType = http.Request.ContentType is { Length: > 0 } type ? type : "application/octet-stream";
        var stored = await objects.WriteAsync(http.Request.Body, contentType, http.RequestAborted).ConfigureAwait(false);
        lock (target.Account.Sync)
        {
            if (target.Account.Table<Artifact>().Find(target.Artifact.Id) is null)
            {
                // Deleted while its bytes were on the way.
                stored.Discard();
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            target.Artifact.Object?.Discard();
            target.Artifact.Object = stored;
            target.Artifact.Status = ArtifactStatuses.Uploaded;
            target.Artifact.Updated = target.Account.Now;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.Headers.ETag = stored.ETag;
    }

    private static async Task DownloadAsync(HttpContext http, EmulatorStore store)
    {
        if (Presigned(store, http.Request) is not { } target)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        StoredObject? stored;
        lock (target.Account.Sync)
        {
            stored = target.Artifact.Object;
        }

        var content = stored?.OpenRead();
        if (stored is null || content is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Results.File disposes the stream; it answers 206 for a satisfiable Range (200 when If-Range names another version).
        await Results.File(content, stored.ContentType, entityTag: EntityTagHeaderValue.Parse(stored.ETag), enableRangeProcessing: true)
            .ExecuteAsync(http).ConfigureAwait(false);
    }

    /// <summary>The account and artifact a storage URL names, when it carries a signature the emulator made for this method, not yet expired.</summary>
    private static (AccountState Account, Artifact Artifact)? Presigned(EmulatorStore store, HttpRequest request)
    {
        if (store.Find(request.RouteValues["account"]?.ToString() ?? string.Empty) is not { } account
            || !Guid.TryParse(request.RouteValues["artifact"]?.ToString(), out var artifactId))
        {
            return null;
        }

        lock (account.Sync)
        {
            if (account.Table<Artifact>().Find(artifactId) is not { } artifact)
            {
                return null;
            }

            // ASP.NET Core leaves %2F encoded in a route value (a filename with directories), where every other escape
            // is decoded: unescape it too, so the path is signed and checked in one form.
            var filename = Uri.UnescapeDataString(request.RouteValues["filename"]?.ToString() ?? string.Empty);
            var path = $"{ArtifactStorage.PathPrefix}{account.Account.Id}/{artifact.Id}/{Uri.EscapeDataString(filename)}";
            return ArtifactStorage.IsValid(artifact, request.Method, path, request.Query["expires"], request.Query["signature"], account.Now)
                ? (account, artifact)
                : null;
        }
    }
}
