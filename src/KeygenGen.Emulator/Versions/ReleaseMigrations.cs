using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Releases and artifacts up to 1.0, when a release had one file: a release shows its artifact's file attributes
/// (platform, filetype, filename, filesize, signature, checksum) and an <c>artifact</c> relationship instead of
/// <c>artifacts</c>, and DRAFT was NOT_PUBLISHED; an artifact has a <c>key</c> (its filename) and a <c>product</c>.
/// Keygen's <c>copy_artifact_attributes_to_release(s)</c>, <c>artifact_has_many_to_has_one_for_release(s)</c>,
/// <c>rename_draft_status_to_not_published_for_release(s)</c>, <c>add_key_attribute_to_artifact(s)</c> and
/// <c>add_product_relationship_to_artifact(s)</c>. (A 1.0 release's file errors are raised as the artifact's own,
/// <c>FILENAME_EXTENSION_INVALID</c> at <c>/data/attributes/filename</c>, which is what
/// <c>rename_filename_ext_error_code_for_release</c> makes of Keygen's nested error.)
/// </summary>
internal static class ReleaseMigrations
{
    private const string Version = "1.0";

    public static readonly ResponseMigration[] All =
    [
        new(Version, (route, status) => status < 400 && IsReleaseRoute(route), OneArtifactPerRelease),
        new(Version, (route, status) => ResponseMigrations.Succeeded(status) && IsArtifactRoute(route), KeyAndProductOfArtifacts),
    ];

    /// <summary>The releases controllers' index, show, create and update (not their actions or relationships).</summary>
    private static bool IsReleaseRoute(Route route) =>
        route.Method != "DELETE" && route.Template is "/releases" or "/releases/{id}" or "/products/{product_id}/releases" or "/products/{product_id}/releases/{id}";

    /// <summary>The artifacts controllers' reads and writes, API 1.0's release artifact and its upgrades.</summary>
    private static bool IsArtifactRoute(Route route) =>
        route.Method != "DELETE" && route.Template is "/artifacts" or "/artifacts/{id}" or "/artifacts/{id}/{filename}"
            or "/products/{product_id}/artifacts" or "/products/{product_id}/artifacts/{id}"
            or "/releases/{release_id}/artifacts" or "/releases/{release_id}/artifacts/{id}"
            or "/releases/{release_id}/artifact" or "/releases/actions/upgrade" or "/releases/{id}/actions/upgrade";

    private static void OneArtifactPerRelease(JsonObject document, AccountState? account)
    {
        // A single release shows its first artifact (Keygen's find_by); a list the newest of each (distinct_on, created_at desc).
        var list = document["data"] is JsonArray;
        foreach (var resource in ResponseMigrations.Primary(document).Where(r => Is(r, "releases")))
        {
            var release = account is not null && Guid.TryParse(resource["id"]?.GetValue<string>(), out var id) ? account.Table<Release>().FindEverywhere(id) : null;
            var artifacts = account?.Table<Artifact>().Everywhere.Where(a => a.Release == release).OrderBy(a => a.Created).ToList() ?? [];
            var artifact = list ? artifacts.LastOrDefault() : artifacts.FirstOrDefault();
            if (resource["attributes"] is JsonObject attributes)
            {
                attributes["platform"] = artifact?.Platform;
                attributes["filetype"] = artifact?.Filetype;
                attributes["filename"] = artifact?.Filename;
                attributes["filesize"] = artifact?.Filesize;
                attributes["signature"] = artifact?.Signature;
                attributes["checksum"] = artifact?.Checksum;
                if (attributes["status"]?.GetValue<string>() == ReleaseStatuses.Draft)
                {
                    attributes["status"] = "NOT_PUBLISHED";
                }
            }

            if (resource["relationships"] is JsonObject relationships && relationships.Remove("artifacts"))
            {
                relationships["artifact"] = new JsonObject
                {
                    ["data"] = artifact is null ? null : new JsonObject { ["type"] = "artifacts", ["id"] = artifact.Id.ToString() },
                    ["links"] = new JsonObject { ["related"] = $"/v1/accounts/{AccountId(resource)}/releases/{resource["id"]}/artifact" },
                };
            }
        }
    }

    private static void KeyAndProductOfArtifacts(JsonObject document, AccountState? account)
    {
        foreach (var resource in ResponseMigrations.Primary(document).Where(r => Is(r, "artifacts")))
        {
            if (resource["attributes"] is JsonObject attributes)
            {
                attributes["key"] = attributes["filename"]?.DeepClone();
            }

            var artifact = account is not null && Guid.TryParse(resource["id"]?.GetValue<string>(), out var id) ? account.Table<Artifact>().FindEverywhere(id) : null;
            if (artifact is not null && resource["relationships"] is JsonObject relationships)
            {
                relationships["product"] = new JsonObject
                {
                    ["data"] = new JsonObject { ["type"] = "products", ["id"] = artifact.Product.Id.ToString() },
                    ["links"] = new JsonObject { ["related"] = $"/v1/accounts/{AccountId(resource)}/products/{artifact.Product.Id}" },
                };
            }
        }
    }

    private static bool Is(JsonObject resource, string type) => resource["type"]?.GetValue<string>() == type;

    private static string? AccountId(JsonObject resource) => resource["relationships"]?["account"]?["data"]?["id"]?.GetValue<string>();
}
