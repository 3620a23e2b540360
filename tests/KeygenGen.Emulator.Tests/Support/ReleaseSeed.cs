using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Keygen.Emulator.Tests.Support;

/// <summary>Creates products, releases and uploaded artifacts through the API (as the admin), failing loudly if a step is refused.</summary>
internal static class ReleaseSeed
{
    /// <summary>A product with the given distribution strategy (OPEN, LICENSED or CLOSED).</summary>
    public static async Task<string> DistributedProductAsync(this EmulatorSession session, string distribution)
    {
        var response = await session.PostAsync("/products", Json.Resource("products", new JsonObject { ["name"] = "App", ["distributionStrategy"] = distribution }));
        Assert.True(response.Code == 201, response.ToString());
        return response.Id;
    }

    /// <summary>A release; <paramref name="constrainedTo"/> are entitlement ids it is constrained to.</summary>
    public static async Task<ApiResponse> ReleaseAsync(this EmulatorSession session, string productId, string version, string status = "PUBLISHED", string channel = "stable", params string[] constrainedTo)
    {
        var relationships = Json.Relationship("product", "products", productId);
        if (constrainedTo.Length > 0)
        {
            relationships["constraints"] = new JsonObject
            {
                ["data"] = new JsonArray(constrainedTo.Select(id => (JsonNode?)new JsonObject
                {
                    ["type"] = "constraints",
                    ["relationships"] = Json.Relationship("entitlement", "entitlements", id),
                }).ToArray()),
            };
        }

        var attributes = new JsonObject { ["version"] = version, ["channel"] = channel, ["status"] = status };
        var response = await session.PostAsync("/releases", Json.Resource("releases", attributes, relationships));
        Assert.True(response.Code == 201, response.ToString());
        return response;
    }

    /// <summary>Creates an artifact (answered 307 to its upload URL) with the given attributes.</summary>
    public static Task<ApiResponse> NewArtifactAsync(this EmulatorSession session, string releaseId, JsonObject attributes, As? auth = null) =>
        session.PostAsync("/artifacts", Json.Resource("artifacts", attributes, Json.Relationship("release", "releases", releaseId)), auth);

    /// <summary>An artifact whose bytes were PUT to its presigned upload URL, so it is UPLOADED.</summary>
    public static async Task<string> UploadedArtifactAsync(this EmulatorSession session, string releaseId, string filename, byte[] content, string? checksum = null)
    {
        // The file type is the filename's extension: Keygen refuses one that does not match (FILENAME_EXTENSION_INVALID).
        var filetype = filename.EndsWith(".tar.gz", StringComparison.Ordinal) ? "tar.gz" : Path.GetExtension(filename).TrimStart('.');
        var created = await session.NewArtifactAsync(releaseId, new JsonObject { ["filename"] = filename, ["checksum"] = checksum, ["platform"] = "linux", ["arch"] = "amd64", ["filetype"] = filetype });
        Assert.True(created.Code == 307, created.ToString());
        var stored = await session.StorageAsync(HttpMethod.Put, created.Header("Location")!, content);
        Assert.True(stored.Code == 200, stored.ToString());
        return created.Id;
    }

    /// <summary>A request to a storage URL as a plain client would make it: no Authorization header.</summary>
    public static Task<ApiResponse> StorageAsync(this EmulatorSession session, HttpMethod method, string url, byte[]? content = null, Action<HttpRequestMessage>? configure = null) =>
        session.SendRawAsync(method, new Uri(url).PathAndQuery, null, As.Anonymous, request =>
        {
            if (content is not null)
            {
                request.Content = new ByteArrayContent(content);
            }

            configure?.Invoke(request);
        });
}
