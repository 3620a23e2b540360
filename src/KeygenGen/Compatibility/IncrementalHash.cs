#if NETFRAMEWORK
using System;
using System.Security.Cryptography;

namespace Keygen;

/// <summary>
/// The part of <c>System.Security.Cryptography.IncrementalHash</c> the package uses, for .NET Framework 4.6.2, which lacks
/// it (it came with 4.7.1; .NET Standard 2.0 and .NET 8+ have it): the same hashes, over the framework's
/// <see cref="HashAlgorithm"/>. Inside namespace Keygen it is found before the framework's, so callers read the same on
/// every target.
/// </summary>
internal sealed class IncrementalHash : IDisposable
{
    private readonly HashAlgorithm _hash;

    private IncrementalHash(HashAlgorithm hash)
    {
        _hash = hash;
    }

    public static IncrementalHash CreateHash(HashAlgorithmName name) => new(
        name == HashAlgorithmName.SHA512 ? SHA512.Create()
        : name == HashAlgorithmName.SHA384 ? SHA384.Create()
        : name == HashAlgorithmName.SHA256 ? SHA256.Create()
        : name == HashAlgorithmName.SHA1 ? SHA1.Create()
        : throw new CryptographicException($"Unknown hash algorithm {name.Name}."));

    public void AppendData(byte[] data, int offset, int count) => _hash.TransformBlock(data, offset, count, null, 0);

    public byte[] GetHashAndReset()
    {
        _hash.TransformFinalBlock([], 0, 0);
        var hash = _hash.Hash!;
        _hash.Initialize();
        return hash;
    }

    public void Dispose() => _hash.Dispose();
}
#endif
