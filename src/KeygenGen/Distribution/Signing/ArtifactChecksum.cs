using System.Security.Cryptography;
using Keygen.Signatures;

namespace Keygen.Distribution;

/// <summary>
/// An artifact's <c>checksum</c> attribute, read the way Keygen reads it: in any of the CLI's encodings
/// (<see cref="CliEncoding"/>), with the hash named by the digest's length. Keygen's CLI
/// uploads the file's SHA-512 in base64 without padding by default; SHA-384, SHA-256 and SHA-1 (its other choices) work too.
/// </summary>
internal sealed class ArtifactChecksum
{
    private ArtifactChecksum(HashAlgorithmName algorithm, byte[] digest)
    {
        Algorithm = algorithm;
        Digest = digest;
    }

    public HashAlgorithmName Algorithm { get; }

    public byte[] Digest { get; }

    /// <summary>Reads <paramref name="checksum"/>; null when the artifact has none.</summary>
    /// <exception cref="ArtifactVerificationException">It is neither hex nor base64, or its length names no supported hash.</exception>
    public static ArtifactChecksum? Parse(string? checksum)
    {
        if (checksum is null || string.IsNullOrWhiteSpace(checksum))
        {
            return null;
        }

        var digest = CliEncoding.Decode(checksum)
            ?? throw new ArtifactVerificationException(VerificationFailureReason.MalformedInput, "The artifact's checksum is neither hex nor base64.");
        var algorithm = digest.Length switch
        {
            64 => HashAlgorithmName.SHA512,
            48 => HashAlgorithmName.SHA384,
            32 => HashAlgorithmName.SHA256,
            20 => HashAlgorithmName.SHA1,
            _ => throw new ArtifactVerificationException(
                VerificationFailureReason.UnsupportedAlgorithm,
                $"The artifact's checksum is a {digest.Length}-byte digest; SHA-512, SHA-384, SHA-256 and SHA-1 are supported."),
        };
        return new ArtifactChecksum(algorithm, digest);
    }
}
