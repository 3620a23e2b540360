namespace Keygen.Distribution;

/// <summary>How <see cref="KeygenArtifacts"/> signs what it uploads and checks what it downloads.</summary>
public sealed class KeygenArtifactOptions
{
    /// <summary>
    /// The product the artifacts belong to: the context of Ed25519ph signatures, made and checked. Required with
    /// <see cref="SigningKey"/>, and with <see cref="CodeSigningKey"/> for Ed25519ph.
    /// </summary>
    public string? ProductId { get; init; }

    /// <summary>Signs each upload that has no <c>Signature</c> yet, as <c>keygen upload --signing-key</c> does (Ed25519ph).</summary>
    public ArtifactSigningKey? SigningKey { get; init; }

    /// <summary>Downloads must carry a valid signature by this key (the vendor's code-signing key, never the account's).</summary>
    public CodeSigningKey? CodeSigningKey { get; init; }

    /// <summary>How the downloaded artifacts were signed; Ed25519ph, the CLI's default, unless told otherwise.</summary>
    public ArtifactSignatureAlgorithm SignatureAlgorithm { get; init; } = ArtifactSignatureAlgorithm.Ed25519ph;
}
