using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>Artifacts as Keygen's serializer writes them; <c>links.related</c> is the vanity download path.</summary>
internal static class ArtifactRenderer
{
    public static JsonObject Render(Artifact artifact, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "artifacts", artifact.Id);
        var resource = new ResourceBuilder("artifacts", artifact.Id, self)
            .Attribute("filename", artifact.Filename)
            .Attribute("filetype", artifact.Filetype)
            .Attribute("filesize", JsonValues.Of(artifact.Filesize))
            .Attribute("platform", artifact.Platform)
            .Attribute("arch", artifact.Arch)
            .Attribute("signature", artifact.Signature)
            .Attribute("checksum", artifact.Checksum)
            .Attribute("status", artifact.Status)
            .Attribute("metadata", artifact.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(artifact.Created))
            .Attribute("updated", JsonValues.Of(artifact.Updated))
            .Account(account)
            .ToOne("release", "releases", artifact.Release.Id, Links.Resource(account, "releases", artifact.Release.Id))
            .Build();
        resource["links"]!["related"] = self + "/" + System.Uri.EscapeDataString(artifact.Filename);
        return resource;
    }
}
