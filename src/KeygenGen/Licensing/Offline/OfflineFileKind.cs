namespace Keygen.Licensing;

/// <summary>Which file <see cref="KeygenLicensing"/> checks out and falls back to when Keygen cannot be reached.</summary>
public enum OfflineFileKind
{
    /// <summary>A machine file: proves the license and that this machine is activated for it (encrypted with the key and fingerprint).</summary>
    MachineFile,

    /// <summary>A license file: proves the license only, on any machine that has the key.</summary>
    LicenseFile,
}
