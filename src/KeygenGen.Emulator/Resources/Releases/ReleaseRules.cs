using System;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// Keygen's Release validations: a version whose pre-release names a channel, unique with the tag per product and
/// package, a package of the release's own product, a backdate in the past.
/// </summary>
internal static class ReleaseRules
{
    private static readonly string[] PrereleaseChannels = ["rc", "beta", "alpha", "dev"];

    /// <param name="request">The request, for the account's other releases.</param>
    /// <param name="release">The release as it would be saved.</param>
    /// <param name="errors">Errors found so far (e.g. an unknown package); all are reported together.</param>
    public static void Validate(ApiRequest request, Release release, ValidationErrors errors)
    {
        var version = release.Version;
        if (ChannelMismatch(release.Channel, version) is { } mismatch)
        {
            errors.Attribute("version", "CHANNEL_INVALID", mismatch);
        }

        // API 1.0 allowed the same version twice (once per platform and file type).
        var siblings = request.Account.Table<Release>().All
            .Where(r => r != release && r.Product == release.Product && r.Package == release.Package)
            .ToList();
        if (release.ApiVersion != LegacyReleases.Version && siblings.Any(r => r.Version.ToString() == version.ToString()))
        {
            errors.Attribute("version", "TAKEN", "version already exists");
        }

        if (release.Tag is { } tag)
        {
            if (ReservedAliases.Contains(tag))
            {
                errors.Attribute("tag", "NOT_ALLOWED", "is reserved");
            }
            else if (siblings.Any(r => r.Tag == tag))
            {
                errors.Attribute("tag", "TAKEN", "tag already exists");
            }
        }

        if (release.Package is { } package && package.Product != release.Product)
        {
            errors.Relationship("package", "NOT_ALLOWED", "package product must match release product");
        }

        if (release.Name is { Length: > 255 })
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Keygen validates a backdate only when it changes (one sent in the body): it must be in the past.</summary>
    public static void CheckBackdated(ApiRequest request, Release release, Fields attributes, ValidationErrors errors)
    {
        if (attributes.Has("backdated") && release.Backdated is { } backdated && backdated >= request.Now)
        {
            errors.Attribute("backdated", "INVALID", "must be in the past");
        }
    }

    /// <summary>Keygen's channel check: a stable version has no pre-release; a pre-release channel's version has one starting with its key.</summary>
    private static string? ChannelMismatch(string channel, Semver version)
    {
        if (channel == "stable")
        {
            return version.Prerelease is null ? null : $"version does not match stable channel (expected x.y.z got {version})";
        }

        return PrereleaseChannels.Contains(channel) && version.Prerelease?.StartsWith(channel, StringComparison.Ordinal) != true
            ? $"version does not match prerelease channel (expected x.y.z-{channel}.n got {version})"
            : null;
    }
}
