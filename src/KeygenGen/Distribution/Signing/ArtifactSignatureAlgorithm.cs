namespace Keygen.Distribution;

/// <summary>How an artifact's <c>signature</c> was made (Keygen's CLI: <c>keygen upload --signing-algorithm</c>).</summary>
public enum ArtifactSignatureAlgorithm
{
    /// <summary>
    /// Ed25519ph (RFC 8032): Ed25519 over the file's SHA-512, with the product id as the context. The CLI's default and
    /// what Keygen's Go SDK verifies; the file is read once, never held in memory.
    /// </summary>
    Ed25519ph,

    /// <summary>Plain Ed25519 over the whole file (the CLI's other choice, which it does not recommend for large files).</summary>
    Ed25519,
}
