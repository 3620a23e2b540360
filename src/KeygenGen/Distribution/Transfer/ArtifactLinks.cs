using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Serialization;
using Keygen.Serialization.Converters;

namespace Keygen.Distribution;

/// <summary>The redirect-style artifact operations, answered with both the artifact and its presigned URL.</summary>
internal static class ArtifactLinks
{
    private const KeygenAuthKinds Readers = KeygenAuthKinds.Token | KeygenAuthKinds.License | KeygenAuthKinds.None;

    /// <summary><c>artifacts.create</c>: the new artifact and its upload URL.</summary>
    public static async Task<KeygenRedirect<Artifact>> CreateAsync(KeygenClient keygen, CreateArtifactRequest request, CancellationToken cancellationToken)
    {
        var create = new KeygenRequest(HttpMethod.Post, "/artifacts", "artifacts.create", KeygenAuthKinds.Token)
        {
            Body = JsonApiBody.Write(request, static (writer, r) => r.WriteBody(writer)),
        };
        return Read(await keygen.SendAsync(create, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>artifacts.get</c>: the artifact and a fresh download URL.</summary>
    public static async Task<KeygenRedirect<Artifact>> DownloadAsync(KeygenClient keygen, string artifactId, CancellationToken cancellationToken)
    {
        var get = new KeygenRequest(HttpMethod.Get, "/artifacts/" + KeygenPath.Segment(artifactId, nameof(artifactId)), "artifacts.get", Readers);
        return Read(await keygen.SendAsync(get, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// <c>releases.getArtifact</c> with <c>Prefer: no-download</c>: the artifact alone, without a download URL, so that Keygen
    /// counts no download (an upgrade check is not one).
    /// </summary>
    public static async Task<KeygenRedirect<Artifact>> DescribeAsync(KeygenClient keygen, string releaseId, string artifact, CancellationToken cancellationToken)
    {
        var path = "/releases/" + KeygenPath.Segment(releaseId, nameof(releaseId)) + "/artifacts/" + KeygenPath.Segment(artifact, nameof(artifact));
        var get = new KeygenRequest(HttpMethod.Get, path, "releases.getArtifact", Readers)
        {
            Headers = new Dictionary<string, string> { ["Prefer"] = "no-download" },
        };
        return Read(await keygen.SendAsync(get, cancellationToken).ConfigureAwait(false));
    }

    private static KeygenRedirect<Artifact> Read(KeygenResponse response) =>
        JsonApiDocumentReader.ReadRedirect(response, ArtifactJsonConverter.ReadValue);
}
