using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>Releases and their <c>constraints</c> join resources, as Keygen's serializers write them.</summary>
internal static class ReleaseRenderer
{
    public static JsonObject Render(Release release, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "releases", release.Id);
        var version = release.Version;
        var builder = new ResourceBuilder("releases", release.Id, self)
            .Attribute("name", release.Name)
            .Attribute("description", release.Description)
            .Attribute("channel", release.Channel)
            .Attribute("status", release.Status)
            .Attribute("tag", release.Tag)
            .Attribute("version", version.ToString())
            .Attribute("semver", new JsonObject
            {
                ["major"] = version.Major,
                ["minor"] = version.Minor,
                ["patch"] = version.Patch,
                ["prerelease"] = version.Prerelease,
                ["build"] = version.Build,
            })
            .Attribute("metadata", release.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(release.Created))
            .Attribute("updated", JsonValues.Of(release.Updated))
            .Attribute("backdated", JsonValues.Of(release.Backdated))
            .Attribute("yanked", JsonValues.Of(release.Yanked))
            .Account(account)
            .ToOne("product", "products", release.Product.Id, self + "/product")
            .ToOne("package", "packages", release.Package?.Id, self + "/package");
        foreach (var related in new[] { "entitlements", "constraints", "artifacts", "upgrade" })
        {
            builder.ToMany(related, self + "/" + related);
        }

        return builder.Build();
    }

    public static JsonObject RenderConstraint(ReleaseConstraint constraint, RenderContext context)
    {
        var account = context.AccountId;
        var releaseId = constraint.Release.Id;
        var self = Links.Related(account, "releases", releaseId, "constraints") + "/" + constraint.Id;
        return JoinResources.Render(
            new ResourceBuilder("constraints", constraint.Id, self),
            constraint,
            account,
            ("entitlement", "entitlements", constraint.Entitlement.Id),
            ("release", "releases", releaseId));
    }
}
