using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Releases;

namespace Keygen.Emulator.Resources.Engines;

/// <summary>
/// Keygen's Tauri engine, <c>GET /engines/tauri/{package}</c>: the dynamic update server Tauri's updater plugin asks.
/// For a <c>tauri</c> package (by id or key), the current release by <c>?version=</c>, its upgrade (on <c>?channel=</c>,
/// within <c>?constraint=</c>) and that upgrade's artifact for <c>?platform=</c> and <c>?arch=</c>, answered as plain
/// JSON (url, signature, version, pub_date, notes); 204 when any of them is missing.
/// </summary>
internal sealed class TauriUpgradeModule : IResourceModule
{
    /// <summary>The engine key of the packages this route serves.</summary>
    private const string Engine = "tauri";

    public void Register(RouteTable routes, ResourceRenderers renderers) =>
        routes.PlainJson(() => routes.Get("/engines/tauri/{package}", Upgrade, AuthMode.Optional));

    private static ApiResult Upgrade(ApiRequest request)
    {
        var package = Lookup.FindByAlias<Package>(
            request,
            "release package",
            p => p.Engine == Engine && DistributionAccess.SeesProduct(request, p.Product),
            (p, key) => p.Key == key,
            "package");
        var platform = TypedQuery.Required(request, "platform");
        var arch = TypedQuery.Required(request, "arch");
        var version = TypedQuery.Required(request, "version");
        var constraint = ReleaseUpgrades.ConstraintOf(request);

        // Keygen's controller rescues every RecordNotFound (no such version, no upgrade, no artifact) as a 204.
        var current = request.Account.Table<Release>().All
            .FirstOrDefault(r => r.Package == package && r.Version.ToString() == version && DistributionAccess.SeesRelease(request, r));
        if (current is null)
        {
            return ApiResult.NoContent();
        }

        DistributionAccess.AuthorizeShow(request, current);
        var upgrade = ReleaseUpgrades.Next(request, current, constraint, request.Query.Scalar("channel"));
        if (upgrade is null)
        {
            return ApiResult.NoContent();
        }

        DistributionAccess.AuthorizeShow(request, upgrade);
        var artifact = UpdateBundle(request, upgrade, platform, arch);
        if (artifact is null)
        {
            return ApiResult.NoContent();
        }

        Broadcast.Publish(request, "release.upgraded", upgrade, new JsonObject { ["current"] = current.Version.ToString(), ["next"] = upgrade.Version.ToString() });
        var vanity = $"{Links.Collection(request.Account.Account.Id, "artifacts")}/{artifact.Id}/{Uri.EscapeDataString(artifact.Filename)}";
        return ApiResult.Ok(new JsonObject
        {
            ["url"] = request.AbsoluteUrl(vanity),
            ["signature"] = artifact.Signature,
            ["version"] = upgrade.Version.ToString(),
            ["pub_date"] = JsonValues.Of(upgrade.Created),
            ["notes"] = upgrade.Description,
        });
    }

    /// <summary>
    /// The artifact Tauri installs: not a signature file, for the platform and arch; Tauri v1's compressed bundles
    /// (<c>.zip</c>, <c>.gz</c>) before v2's plain ones, NSIS before MSI, <c>.exe</c> next, then the newest.
    /// </summary>
    private static Artifact? UpdateBundle(ApiRequest request, Release upgrade, string platform, string arch) =>
        request.Account.Table<Artifact>().All
            .Where(a => a.Release == upgrade && DistributionAccess.SeesArtifact(request, a))
            .Where(a => a.Filetype is { Length: > 0 } filetype && filetype != "sig" && a.Platform == platform && a.Arch == arch)
            .OrderByDescending(a => EndsWith(a, ".zip") || EndsWith(a, ".gz"))
            .ThenByDescending(a => EndsWith(a, ".nsis.zip"))
            .ThenByDescending(a => EndsWith(a, ".exe"))
            .ThenByDescending(a => a.Created)
            .FirstOrDefault();

    private static bool EndsWith(Artifact artifact, string suffix) => artifact.Filename.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
