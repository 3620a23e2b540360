using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Serialization;
using Keygen.Serialization.Converters;

namespace Keygen.Distribution;

/// <summary>
/// Keeps a licensed app up to date, like the Go SDK's <c>keygen.Upgrade</c> and <c>release.Install</c>, and safer:
/// <see cref="CheckAsync"/> asks Keygen for the newest release the license may download (on the channel, within the
/// constraint and the license's entitlements; Keygen's <c>releases.getUpgrade</c>) and finds the artifact this app installs;
/// <see cref="InstallAsync"/> streams it to a temporary file beside the target, checks its size, checksum and (with a
/// code-signing key) signature, and only then swaps it in, keeping the old file until the new one is in place. Anything
/// wrong leaves the current installation untouched. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var upgrades = new KeygenUpgrades(keygen, new KeygenUpgradeOptions { ProductId = productId, CodeSigningKey = CodeSigningKey.Parse(publicKeyHex) });
/// if (await upgrades.CheckAsync("1.0.0", ct) is { } upgrade)
/// {
///     await upgrades.InstallAsync(upgrade, Environment.ProcessPath!, progress, ct);
/// }
/// </code>
/// </example>
public sealed class KeygenUpgrades
{
    private readonly KeygenClient _keygen;
    private readonly KeygenUpgradeOptions _options;
    private readonly KeygenArtifacts _artifacts;
    private readonly string _program;

    /// <summary>Creates the helper on the app's client (its license key or a license token).</summary>
    /// <param name="keygen">The client.</param>
    /// <param name="options">Which upgrades to look for and how to check them.</param>
    /// <exception cref="KeygenConfigurationException">
    /// The code-signing key is the account's own public key (<see cref="KeygenClientOptions.PublicKey"/>), or the file name
    /// template is malformed.
    /// </exception>
    public KeygenUpgrades(KeygenClient keygen, KeygenUpgradeOptions options)
    {
        _keygen = keygen ?? throw new ArgumentNullException(nameof(keygen));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.ProductId, nameof(options));
        if (options.CodeSigningKey is { } key && keygen.ClientSettings.PublicKeys?.Ed25519 is { } accountKey && key.IsSameKeyAs(accountKey))
        {
            // The Go SDK panics on this: a signature by the account key would prove nothing about who published the file.
            throw KeygenArtifacts.AccountKeyMistaken(nameof(KeygenUpgradeOptions) + "." + nameof(KeygenUpgradeOptions.CodeSigningKey));
        }

        if (!SelectsByPlatform)
        {
            ArtifactFilename.Validate(options.Filename);
        }

        _program = options.Program ?? ArtifactFilename.CurrentProgram;
        _artifacts = new KeygenArtifacts(keygen, new KeygenArtifactOptions
        {
            ProductId = options.ProductId,
            CodeSigningKey = options.CodeSigningKey,
            SignatureAlgorithm = options.SignatureAlgorithm,
        });
    }

    private bool SelectsByPlatform => _options.Platform is not null || _options.Arch is not null || _options.Filetype is not null;

    /// <summary>Looks for an upgrade from <paramref name="currentVersion"/>.</summary>
    /// <param name="currentVersion">The version running now (a release of the product, by version or tag).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The upgrade, or null when the app is up to date (nothing newer that this license may download).</returns>
    /// <exception cref="KeygenUpgradeException">There is a newer release, but no artifact of it for this app.</exception>
    /// <exception cref="KeygenApiException">
    /// Keygen refused (e.g. 403 for a suspended or expired license, with the reason), or does not know the current version.
    /// </exception>
    public async Task<KeygenUpgrade?> CheckAsync(string currentVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(currentVersion);
        ReleaseUpgrade found;
        try
        {
            found = await _keygen.Releases.GetUpgradeAsync(
                currentVersion,
                new GetReleaseUpgradeRequest { Product = _options.ProductId, Channel = _options.Channel, Constraint = _options.Constraint, Package = _options.Package },
                cancellationToken).ConfigureAwait(false);
        }
        catch (KeygenApiException e) when (e.StatusCode == 404 && !NamesRelease(e, currentVersion))
        {
            return null;
        }

        var release = found.Release ?? throw new KeygenMalformedResponseException("Keygen answered an upgrade without its release in \"data\".");
        return new KeygenUpgrade(currentVersion, release, await FindArtifactAsync(release, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Downloads <paramref name="upgrade"/>'s artifact beside <paramref name="targetPath"/>, checks it and puts it in place of the
    /// file there (which keeps its permissions). On a failed check, a broken download or cancellation the temporary file is
    /// deleted and <paramref name="targetPath"/> is left exactly as it was.
    /// </summary>
    /// <param name="upgrade">What <see cref="CheckAsync"/> found.</param>
    /// <param name="targetPath">The file to replace, e.g. <c>Environment.ProcessPath</c>; created if absent.</param>
    /// <param name="progress">Receives the download's progress.</param>
    /// <param name="cancellationToken">Cancels the installation (before the swap).</param>
    /// <returns>Where it went, and the old file if it could not be deleted yet.</returns>
    /// <exception cref="ArtifactVerificationException">
    /// The download is not the artifact: cut short or padded, altered (checksum), unsigned or signed by another key.
    /// </exception>
    /// <exception cref="ArtifactTransferException">The artifact cannot be downloaded (any more).</exception>
    /// <exception cref="KeygenTransportException">The download broke off more often than the retries allow.</exception>
    public async Task<KeygenUpgradeInstallation> InstallAsync(
        KeygenUpgrade upgrade,
        string targetPath,
        IProgress<KeygenTransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upgrade);
        ArgumentException.ThrowIfNullOrEmpty(targetPath);
        var (_, previous) = await _artifacts.DownloadToFileAsync(
            ct => _keygen.Artifacts.GetAsync(upgrade.Artifact.Id, cancellationToken: ct),
            targetPath,
            progress,
            cancellationToken).ConfigureAwait(false);
        return new KeygenUpgradeInstallation(upgrade, targetPath, previous);
    }

    /// <summary>
    /// Keygen answers 404 both when nothing is newer (Release#upgrade! raises a not-found error without an id: "The requested
    /// release was not found") and when the current release itself is unknown to this license, which names it ("The requested
    /// release '1.0.0' was not found"): only the first means "up to date". Should Keygen word either differently, an unknown
    /// release reads as "up to date", as it always does in Keygen's Go SDK.
    /// </summary>
    private static bool NamesRelease(KeygenApiException e, string currentVersion) =>
        e.Detail?.Contains($"'{currentVersion}'", StringComparison.Ordinal) == true;

    /// <summary>The release's artifact for this app: by name (described without a download link, so no download is counted), or by platform.</summary>
    private async Task<Artifact> FindArtifactAsync(Release release, CancellationToken cancellationToken)
    {
        if (!SelectsByPlatform)
        {
            var filename = ArtifactFilename.Render(_options.Filename, release, _program);
            try
            {
                return await DescribeAsync(release.Id, filename, cancellationToken).ConfigureAwait(false);
            }
            catch (KeygenApiException e) when (e.StatusCode == 404)
            {
                throw new KeygenUpgradeException($"Release {release.Version} has no artifact named {filename} (KeygenUpgradeOptions.Filename).", release, e);
            }
        }

        // Two are enough to tell one from several.
        var matches = (await _keygen.Releases.ListArtifactsPageAsync(
            release.Id,
            new ListReleaseArtifactsRequest { Platform = _options.Platform, Arch = _options.Arch, Filetype = _options.Filetype, Status = ArtifactStatus.Uploaded, PageSize = 2 },
            cancellationToken).ConfigureAwait(false)).Data;
        var wanted = $"platform {_options.Platform ?? "any"}, arch {_options.Arch ?? "any"}, file type {_options.Filetype ?? "any"}";
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new KeygenUpgradeException($"Release {release.Version} has no uploaded artifact for {wanted}.", release),
            _ => throw new KeygenUpgradeException($"Release {release.Version} has several artifacts for {wanted}; narrow the choice or name the file (KeygenUpgradeOptions.Filename).", release),
        };
    }

    /// <summary>
    /// <c>releases.getArtifact</c> with <c>Prefer: no-download</c>: the artifact alone, without a download URL, so that Keygen
    /// counts no download (an upgrade check is not one).
    /// </summary>
    private async Task<Artifact> DescribeAsync(string releaseId, string filename, CancellationToken cancellationToken)
    {
        var path = "/releases/" + KeygenPath.Segment(releaseId, nameof(releaseId)) + "/artifacts/" + KeygenPath.Segment(filename, nameof(filename));
        var request = new KeygenRequest(HttpMethod.Get, path, "releases.getArtifact", KeygenAuthKinds.Token | KeygenAuthKinds.License | KeygenAuthKinds.None)
        {
            Headers = new Dictionary<string, string> { ["Prefer"] = "no-download" },
        };
        var response = await _keygen.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return JsonApiDocumentReader.ReadData(response, ArtifactJsonConverter.ReadValue);
    }
}
