namespace Keygen.Distribution;

/// <summary>An upgrade the license may download: the newer release and the artifact of it that this app installs.</summary>
public sealed class KeygenUpgrade
{
    internal KeygenUpgrade(string currentVersion, Release release, Artifact artifact)
    {
        CurrentVersion = currentVersion;
        Release = release;
        Artifact = artifact;
    }

    /// <summary>The version upgraded from.</summary>
    public string CurrentVersion { get; }

    /// <summary>The version to upgrade to.</summary>
    public string Version => Release.Version;

    /// <summary>The release to upgrade to (its name, description, channel, metadata, …).</summary>
    public Release Release { get; }

    /// <summary>The artifact to install: its file name, size, checksum and signature as Keygen lists them.</summary>
    public Artifact Artifact { get; }

    /// <summary>Describes the upgrade.</summary>
    public override string ToString() => $"Upgrade {CurrentVersion} -> {Version} ({Artifact.Filename})";
}
