using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// Keygen's <c>Release#upgrade!</c>: the highest published version above the current one among the releases of the
/// same product and package that the caller may see, on the channel (or a more stable one), within the constraint.
/// </summary>
internal static class ReleaseUpgrades
{
    /// <summary>The <c>?constraint=</c> of an upgrade request, if any; a malformed one is a 400 with <paramref name="code"/>.</summary>
    public static SemverConstraint? ConstraintOf(ApiRequest request, string code = "CONSTRAINT_INVALID") =>
        request.Query.Scalar("constraint") is { } text
            ? SemverConstraint.Parse(text) ?? throw Errors.BadRequest("invalid constraint format", ErrorSource.Parameter("constraint"), code)
            : null;

    /// <summary>The upgrade, or null when the release is up to date.</summary>
    /// <param name="request">The request, for what the caller may see.</param>
    /// <param name="current">The release upgraded from.</param>
    /// <param name="constraint">An optional version constraint, already parsed.</param>
    /// <param name="channel">The channel; defaults to the current release's.</param>
    /// <param name="candidates">Narrows the releases considered (API 1.0 asks for a platform and file type).</param>
    public static Release? Next(ApiRequest request, Release current, SemverConstraint? constraint, string? channel, System.Func<Release, bool>? candidates = null)
    {
        var channels = ReleaseModule.ChannelsFor(channel is { Length: > 0 } ? channel : current.Channel);
        IEnumerable<Release> releases = request.Account.Table<Release>().All
            .Where(r => r.Product == current.Product && r.Package == current.Package && r != current)
            .Where(r => r.IsPublished && channels.Contains(r.Channel) && r.Version.CompareTo(current.Version) > 0)
            .Where(r => DistributionAccess.SeesRelease(request, r));
        if (constraint is not null)
        {
            releases = releases.Where(r => constraint.Allows(r.Version));
        }

        if (candidates is not null)
        {
            releases = releases.Where(candidates);
        }

        return releases.OrderByDescending(r => r.Version).FirstOrDefault();
    }
}
