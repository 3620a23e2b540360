using System.Collections.Generic;
using System.Linq;

namespace KeygenGen.DocsTool;

/// <summary>A hand-written SDK helper built on an operation: <c>Type.Member</c>, what it adds, and its README section.</summary>
/// <param name="Type">The helper's full type name in the runtime library.</param>
/// <param name="Member">The method to call.</param>
/// <param name="Summary">What it does beyond the raw operation.</param>
/// <param name="ReadmeSection">The README heading that shows it in use.</param>
internal sealed record RuntimeHelper(string Type, string Member, string Summary, string ReadmeSection)
{
    public string ShortType => Type[(Type.LastIndexOf('.') + 1)..];
}

/// <summary>
/// The operations whose raw form a user should rarely call alone: docs/api.md links each to the helper that does the whole
/// job (a redirect's transfer, an upgrade's install, a proof's verification).
/// </summary>
internal static class RuntimeHelpers
{
    private const string Artifacts = "Keygen.Distribution.KeygenArtifacts";
    private const string Upgrades = "Keygen.Distribution.KeygenUpgrades";
    private const string Publishing = "Publishing releases";

    private static readonly RuntimeHelper Download = new(
        Artifacts, "DownloadFileAsync", "streams the artifact to a file with progress, resumes broken downloads and checks size, checksum and signature before the file is put in place", Publishing);

    public static IReadOnlyDictionary<string, IReadOnlyList<RuntimeHelper>> ByOperation { get; } = new Dictionary<string, IReadOnlyList<RuntimeHelper>>
    {
        ["artifacts.create"] =
        [
            new(Artifacts, "UploadFileAsync", "creates the artifact (size, SHA-512 checksum and Ed25519ph signature filled in) and uploads the file to the URL in one call", Publishing),
        ],
        ["artifacts.get"] = [Download],
        ["artifacts.download"] = [Download],
        ["releases.getArtifact"] = [Download],
        ["products.getArtifact"] = [Download],
        ["releases.getUpgrade"] =
        [
            new(Upgrades, "CheckAsync", "finds the upgrade and the artifact this app installs (null when up to date)", "Auto-update"),
            new(Upgrades, "InstallAsync", "downloads, verifies and swaps it in, leaving the installed file untouched on any failure", "Auto-update"),
        ],
        ["machines.generateOfflineProof"] =
        [
            new("Keygen.Licensing.OfflineProofVerifier", "Verify", "checks the proof's RSA signature and reads its dataset, typed", "Offline activation proofs"),
        ],
    };

    public static IEnumerable<RuntimeHelper> All => ByOperation.Values.SelectMany(h => h).Distinct();
}
