namespace Keygen.Signatures;

/// <summary>Why a signature, license file or signed license key was rejected.</summary>
public enum VerificationFailureReason
{
    /// <summary>The public key given to the verifier is not a valid key in a supported form.</summary>
    InvalidPublicKey,

    /// <summary>A header the signature scheme requires (<c>Keygen-Signature</c>, <c>Date</c>, <c>Digest</c>) is absent.</summary>
    MissingHeader,

    /// <summary>A signing header is present but cannot be parsed, or does not sign the required headers.</summary>
    MalformedHeader,

    /// <summary>The algorithm named by the signature, file or scheme is not supported, or no key for it was given.</summary>
    UnsupportedAlgorithm,

    /// <summary>The signature does not verify with the configured public key: the data was forged or altered.</summary>
    SignatureInvalid,

    /// <summary>The body does not match the signed SHA-256 <c>Digest</c>: the body was altered.</summary>
    DigestMismatch,

    /// <summary>The signed <c>Date</c> is older than the allowed clock drift: a replayed or stale message.</summary>
    DateTooOld,

    /// <summary>The signed <c>Date</c> is further in the future than the allowed clock drift.</summary>
    DateInFuture,

    /// <summary>The input (certificate, license key, webhook body, dataset) is not in the expected format.</summary>
    MalformedInput,

    /// <summary>The encrypted data could not be decrypted: wrong license key or machine fingerprint.</summary>
    DecryptionFailed,

    /// <summary>The license file, machine file or signed key has expired.</summary>
    Expired,

    /// <summary>The data claims to be issued (or valid) later than now plus the allowed drift: the system clock was turned back.</summary>
    IssuedInFuture,

    /// <summary>A signed validation does not echo the nonce sent with the request: an answer replayed from another request.</summary>
    NonceMismatch,

    /// <summary>A verified license or machine file belongs to another license key or machine than the one it is read for.</summary>
    WrongSubject,

    /// <summary>A downloaded artifact is not the size Keygen lists for it: it was cut short (truncated) or padded.</summary>
    SizeMismatch,

    /// <summary>A downloaded artifact does not match the checksum Keygen lists for it: it was altered or corrupted.</summary>
    ChecksumMismatch,

    /// <summary>A code-signing key was given, but the artifact carries no signature to check with it.</summary>
    SignatureMissing,

    /// <summary>The artifact carries neither a checksum nor a signature that was checked, so nothing vouches for its bytes.</summary>
    ChecksumMissing,
}
