namespace Keygen.Distribution;

/// <summary>Which upgrades <see cref="KeygenUpgrades"/> looks for and how it checks what it installs.</summary>
public sealed class KeygenUpgradeOptions
{
    /// <summary>The product the app is a release of (its id): upgrades are looked up within it, and it is the context Ed25519ph signatures are checked with.</summary>
    public required string ProductId { get; init; }

    /// <summary>
    /// The vendor's code-signing public key (<c>keygen genkey</c>): when set, an upgrade is installed only if its artifact carries
    /// a valid signature by it. It must not be the Keygen account's key. Without it, the checksum alone vouches for the bytes.
    /// </summary>
    public CodeSigningKey? CodeSigningKey { get; init; }

    /// <summary>How the artifacts are signed; Ed25519ph, the CLI's default, unless told otherwise.</summary>
    public ArtifactSignatureAlgorithm SignatureAlgorithm { get; init; } = ArtifactSignatureAlgorithm.Ed25519ph;

    /// <summary>The channel to upgrade on, which also takes the more stable ones (beta takes rc and stable releases too). Default stable.</summary>
    public ReleaseChannel Channel { get; init; } = ReleaseChannel.Stable;

    /// <summary>A version constraint the upgrade must satisfy, e.g. <c>1</c> (stay on 1.x) or <c>1.2</c>; none by default.</summary>
    public string? Constraint { get; init; }

    /// <summary>The package (id or key) the app's releases belong to, if the product has several.</summary>
    public string? Package { get; init; }

    /// <summary>
    /// The artifact to install, named by a template like the Go SDK's: <c>{program}</c> (this program's file name without
    /// extension, or <see cref="Program"/>), <c>{platform}</c> and <c>{arch}</c> (<see cref="KeygenPlatform"/>), <c>{ext}</c>
    /// (<c>.exe</c> on Windows), <c>{version}</c> and <c>{channel}</c> of the upgrade. Default
    /// <c>{program}_{platform}_{arch}{ext}</c>, the Go SDK's. Ignored when <see cref="Platform"/>, <see cref="Arch"/> or
    /// <see cref="Filetype"/> is set.
    /// </summary>
    public string Filename { get; init; } = ArtifactFilename.DefaultTemplate;

    /// <summary>The program name <c>{program}</c> stands for; by default the running program's file name without extension.</summary>
    public string? Program { get; init; }

    /// <summary>Picks the artifact by platform instead of by name (with <see cref="Arch"/> and <see cref="Filetype"/>): exactly one must match.</summary>
    public string? Platform { get; init; }

    /// <summary>Picks the artifact by architecture instead of by name; see <see cref="Platform"/>.</summary>
    public string? Arch { get; init; }

    /// <summary>Picks the artifact by file type instead of by name; see <see cref="Platform"/>.</summary>
    public string? Filetype { get; init; }
}
