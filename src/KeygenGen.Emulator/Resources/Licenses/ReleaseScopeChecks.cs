using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Releases;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// The last two scope checks of a validation, against the license's product's releases: <c>checksum</c> must be
/// the checksum of an uploaded artifact of a published release the license may access (the highest version wins),
/// <c>version</c> the version of such a release. A scope the policy requires must be sent.
/// </summary>
internal static class ReleaseScopeChecks
{
    /// <summary>The first failing check, or the release version the scopes matched (Keygen records it as the license's <c>version</c>).</summary>
    public static ReleaseScopeOutcome Check(License license, ValidationScope scope, AccountState account)
    {
        string? version = null;
        if (scope.Has("checksum"))
        {
            var artifact = account.Table<Artifact>().All
                .Where(a => a.Checksum is not null && a.Checksum == scope.Checksum && a.Status == ArtifactStatuses.Uploaded)
                .Where(a => a.Release.IsPublished && DistributionAccess.ForLicense(license, a.Release))
                .OrderByDescending(a => a.Release.Version)
                .FirstOrDefault();
            if (artifact is null)
            {
                return ReleaseScopeOutcome.Failed("checksum scope is not valid (does not match any accessible artifacts)", "CHECKSUM_SCOPE_MISMATCH");
            }

            version = artifact.Release.Version.ToString();
        }
        else if (license.Policy.RequireChecksumScope)
        {
            return ReleaseScopeOutcome.Failed("checksum scope is required", "CHECKSUM_SCOPE_REQUIRED");
        }

        if (scope.Has("version"))
        {
            var release = account.Table<Release>().All
                .FirstOrDefault(r => r.Version.ToString() == scope.Version && r.IsPublished && DistributionAccess.ForLicense(license, r));
            if (release is null)
            {
                return ReleaseScopeOutcome.Failed("version scope is not valid (does not match any accessible releases)", "VERSION_SCOPE_MISMATCH");
            }

            version = release.Version.ToString();
        }
        else if (license.Policy.RequireVersionScope)
        {
            return ReleaseScopeOutcome.Failed("version scope is required", "VERSION_SCOPE_REQUIRED");
        }

        return new ReleaseScopeOutcome(null, version);
    }
}

/// <summary>A failed release scope check, or the matched release version (null when neither scope was sent).</summary>
internal sealed record ReleaseScopeOutcome(ValidationResult? Failure, string? Version)
{
    public static ReleaseScopeOutcome Failed(string detail, string code) => new(ValidationResult.Invalid(detail, code), null);
}
