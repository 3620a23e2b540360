namespace Keygen.Licensing;

/// <summary>Which kind of offline certificate a file is; it decides the signed prefix and the decryption key.</summary>
public enum LicenseFileKind
{
    /// <summary><c>-----BEGIN LICENSE FILE-----</c>: signed over <c>license/</c> + enc, encrypted with SHA-256(license key).</summary>
    License,

    /// <summary><c>-----BEGIN MACHINE FILE-----</c>: signed over <c>machine/</c> + enc, encrypted with SHA-256(license key + fingerprint).</summary>
    Machine,
}
