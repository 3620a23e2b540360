using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using Keygen.Signatures;

namespace Keygen.Distribution;

/// <summary>
/// Checks a plain Ed25519 signature, which covers the whole file rather than a digest of it: the file is mapped into the
/// address space and read by the OS page by page, so even a large one is never copied onto the managed heap.
/// </summary>
internal static class WholeFileSignature
{
    public static unsafe bool Verify(CodeSigningKey key, ReadOnlySpan<byte> signature, string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return key.Verify(signature, []);
        }

        if (length > int.MaxValue)
        {
            throw new ArtifactVerificationException(
                VerificationFailureReason.UnsupportedAlgorithm,
                "A plain Ed25519 signature of a file over 2 GiB cannot be checked; sign large artifacts with Ed25519ph (the CLI's default).");
        }

        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        using var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        try
        {
            return key.Verify(signature, new ReadOnlySpan<byte>(start + view.PointerOffset, (int)length));
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }
}
