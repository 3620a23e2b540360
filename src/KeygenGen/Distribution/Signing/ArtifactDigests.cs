using System;
using System.Security.Cryptography;

namespace Keygen.Distribution;

/// <summary>
/// The hashes of an artifact's bytes, taken as they stream past once: SHA-512 (what an Ed25519ph signature covers and
/// Keygen's default checksum) and, when the checksum uses another hash, that one too.
/// </summary>
internal sealed class ArtifactDigests : IDisposable
{
    private readonly IncrementalHash _sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
    private readonly IncrementalHash? _checksum;

    public ArtifactDigests(ArtifactChecksum? checksum)
    {
        if (checksum is not null && checksum.Algorithm != HashAlgorithmName.SHA512)
        {
            _checksum = IncrementalHash.CreateHash(checksum.Algorithm);
        }
    }

    /// <summary>The bytes seen so far.</summary>
    public long Length { get; private set; }

    /// <summary>Hashes the first <paramref name="count"/> bytes of <paramref name="buffer"/> (an array: the old targets' IncrementalHash takes no spans).</summary>
    public void Append(byte[] buffer, int count)
    {
        _sha512.AppendData(buffer, 0, count);
        _checksum?.AppendData(buffer, 0, count);
        Length += count;
    }

    /// <summary>Forgets what was seen: the download starts over from the first byte.</summary>
    public void Restart()
    {
        _sha512.GetHashAndReset();
        _checksum?.GetHashAndReset();
        Length = 0;
    }

    /// <summary>The digests of everything appended: SHA-512, and the checksum's own hash (SHA-512 again when that is the checksum's).</summary>
    public (byte[] Sha512, byte[] Checksum) Finish()
    {
        var sha512 = _sha512.GetHashAndReset();
        return (sha512, _checksum?.GetHashAndReset() ?? sha512);
    }

    public void Dispose()
    {
        _sha512.Dispose();
        _checksum?.Dispose();
    }
}
