namespace Keygen.Distribution;

/// <summary>An installed upgrade: the verified artifact now at <see cref="Path"/>.</summary>
public sealed class KeygenUpgradeInstallation
{
    internal KeygenUpgradeInstallation(KeygenUpgrade upgrade, string path, string? previousFile)
    {
        Upgrade = upgrade;
        Path = path;
        PreviousFile = previousFile;
    }

    /// <summary>What was installed.</summary>
    public KeygenUpgrade Upgrade { get; }

    /// <summary>Where it was installed.</summary>
    public string Path { get; }

    /// <summary>
    /// The replaced file, renamed aside, when it could not be deleted (a running program's own file on Windows): it is removed
    /// by the next installation to the same path. Null when it was deleted.
    /// </summary>
    public string? PreviousFile { get; }

    /// <summary>Describes the installation.</summary>
    public override string ToString() => $"Installed {Upgrade.Version} at {Path}";
}
