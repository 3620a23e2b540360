using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;

namespace Keygen.Distribution;

/// <summary>
/// Checks a downloaded artifact against what Keygen lists for it: its <c>filesize</c>, its <c>checksum</c> and, when a
/// code-signing key is given, its <c>signature</c> (which must then be present). An artifact with neither a checksum nor a
/// checked signature is refused: nothing would vouch for its bytes. Thread-safe; reuse one instance.
/// </summary>
public sealed class ArtifactVerifier
{
    private readonly CodeSigningKey? _codeSigningKey;
    private readonly string? _productId;
    private readonly ArtifactSignatureAlgorithm _algorithm;

    /// <summary>Creates a verifier.</summary>
    /// <param name="codeSigningKey">The vendor's code-signing public key; null to check size and checksum only.</param>
    /// <param name="productId">The product the artifacts belong to: the context of Ed25519ph signatures.</param>
    /// <param name="algorithm">How the artifacts were signed; Ed25519ph (the CLI's default) unless told otherwise.</param>
    /// <exception cref="ArgumentException">An Ed25519ph key is given without the product id.</exception>
    public ArtifactVerifier(CodeSigningKey? codeSigningKey = null, string? productId = null, ArtifactSignatureAlgorithm algorithm = ArtifactSignatureAlgorithm.Ed25519ph)
    {
        if (codeSigningKey is not null && algorithm == ArtifactSignatureAlgorithm.Ed25519ph && string.IsNullOrEmpty(productId))
        {
            throw new ArgumentException("Ed25519ph signatures are made with the product id as their context: give the product id.", nameof(productId));
        }

        _codeSigningKey = codeSigningKey;
        _productId = productId;
        _algorithm = algorithm;
    }

    /// <summary>Checks the file at <paramref name="path"/>, reading it once.</summary>
    /// <param name="artifact">The artifact as Keygen lists it.</param>
    /// <param name="path">The downloaded file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArtifactVerificationException">The file is not the artifact Keygen lists, or nothing vouches for it.</exception>
    public async Task VerifyFileAsync(Artifact artifact, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(path);
        var checksum = ArtifactChecksum.Parse(artifact.Checksum);
        using var digests = new ArtifactDigests(checksum);
        // Plain using (Stream is IAsyncDisposable only from .NET Core 3.0): closing a file that was only read does no I/O to await.
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                digests.Append(buffer, read);
            }
        }

        Verify(artifact, checksum, digests, path);
    }

    /// <summary>Checks bytes already hashed on their way to <paramref name="path"/>.</summary>
    internal void Verify(Artifact artifact, ArtifactChecksum? checksum, ArtifactDigests digests, string? path)
    {
        if (artifact.Filesize is { } size && digests.Length != size)
        {
            throw new ArtifactVerificationException(
                VerificationFailureReason.SizeMismatch,
                $"Artifact {artifact.Filename} is {digests.Length} bytes, but Keygen lists {size}: {(digests.Length < size ? "it was cut short" : "it has extra bytes")}.");
        }

        var (sha512, checksumDigest) = digests.Finish();
        if (checksum is not null && !CryptographicOperations.FixedTimeEquals(checksum.Digest, checksumDigest))
        {
            throw new ArtifactVerificationException(
                VerificationFailureReason.ChecksumMismatch,
                $"Artifact {artifact.Filename} does not match its {checksum.Algorithm.Name} checksum: it was altered or corrupted.");
        }

        var signed = _codeSigningKey is not null && VerifySignature(_codeSigningKey, artifact, sha512, path);
        if (checksum is null && !signed)
        {
            throw new ArtifactVerificationException(
                VerificationFailureReason.ChecksumMissing,
                $"Artifact {artifact.Filename} has no checksum, and no code-signing key was given to check a signature: nothing vouches for its bytes.");
        }
    }

    private bool VerifySignature(CodeSigningKey key, Artifact artifact, byte[] sha512, string? path)
    {
        if (string.IsNullOrWhiteSpace(artifact.Signature))
        {
            throw new ArtifactVerificationException(
                VerificationFailureReason.SignatureMissing,
                $"Artifact {artifact.Filename} is not signed, and a code-signing key was given: an unsigned artifact is refused.");
        }

        var signature = Signature(artifact);
        var valid = _algorithm == ArtifactSignatureAlgorithm.Ed25519ph
            ? key.VerifyPrehashed(signature, _productId!, sha512)
            : WholeFileSignature.Verify(key, signature, path ?? throw new InvalidOperationException("A plain Ed25519 signature is checked over the file."));
        return valid ? true : throw new ArtifactVerificationException(
            VerificationFailureReason.SignatureInvalid,
            $"Artifact {artifact.Filename}'s {_algorithm} signature does not verify with the code-signing key: it was altered or signed by someone else.");
    }

    /// <summary>The CLI encodes signatures as base64 without padding by default; its other encodings work too.</summary>
    private static byte[] Signature(Artifact artifact) =>
        CliEncoding.Decode(artifact.Signature!)
            ?? throw new ArtifactVerificationException(VerificationFailureReason.MalformedInput, $"Artifact {artifact.Filename}'s signature is neither base64 nor hex.");
}
