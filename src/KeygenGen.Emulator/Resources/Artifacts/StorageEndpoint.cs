using System;
using System.IO;
using System.Threading.Tasks;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>
/// Serves the presigned URLs of <see cref="ArtifactStorage"/> like an object store, outside the Keygen API (no
/// JSON:API, no signature): <c>PUT</c> stores an artifact's bytes and marks it UPLOADED (what Keygen's upload
/// worker does once the object exists), <c>GET</c> returns them. A wrong or expired URL is a 403.
/// </summary>
internal static class StorageEndpoint
{
    public static void Map(IEndpointRouteBuilder app, EmulatorStore store) =>
        app.MapMethods(ArtifactStorage.PathPrefix + "{account}/{artifact}/{filename}", ["GET", "PUT"], (HttpContext http) => HandleAsync(http, store));

    private static async Task HandleAsync(HttpContext http, EmulatorStore store)
    {
        var request = http.Request;
        byte[]? upload = null;
        if (HttpMethods.IsPut(request.Method))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
            upload = buffer.ToArray();
        }

        var (status, content) = Exchange(store, request, upload);
        http.Response.StatusCode = status;
        if (content is not null)
        {
            http.Response.ContentType = "application/octet-stream";
            http.Response.ContentLength = content.Length;
            await http.Response.Body.WriteAsync(content).ConfigureAwait(false);
        }
    }

    private static (int Status, byte[]? Content) Exchange(EmulatorStore store, HttpRequest request, byte[]? upload)
    {
        if (store.Find(request.RouteValues["account"]?.ToString() ?? string.Empty) is not { } account
            || !Guid.TryParse(request.RouteValues["artifact"]?.ToString(), out var artifactId))
        {
            return (StatusCodes.Status404NotFound, null);
        }

        lock (account.Sync)
        {
            if (account.Table<Artifact>().Find(artifactId) is not { } artifact)
            {
                return (StatusCodes.Status404NotFound, null);
            }

            var filename = request.RouteValues["filename"]?.ToString() ?? string.Empty;
            var path = $"{ArtifactStorage.PathPrefix}{account.Account.Id}/{artifact.Id}/{Uri.EscapeDataString(filename)}";
            if (!ArtifactStorage.IsValid(artifact, request.Method, path, request.Query["expires"], request.Query["signature"], account.Now))
            {
                return (StatusCodes.Status403Forbidden, null);
            }

            if (upload is not null)
            {
                artifact.Content = upload;
                artifact.Status = ArtifactStatuses.Uploaded;
                artifact.Updated = account.Now;
                return (StatusCodes.Status200OK, null);
            }

            return artifact.Content is { } content ? (StatusCodes.Status200OK, content) : (StatusCodes.Status404NotFound, null);
        }
    }
}
