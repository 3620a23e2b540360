using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Http;

/// <summary>
/// A response body read whole. When its length is announced it is read straight into a buffer rented from the shared
/// pool (<c>HttpContent.ReadAsByteArrayAsync</c> would buffer it and then copy it into a new
/// array); a typed call gives that buffer back once it has read the document (<see cref="KeygenResponse.ReleaseBody"/>),
/// so a call allocates no body-sized array (a 100-license page is over 200 KB).
/// </summary>
/// <param name="Bytes">The body.</param>
/// <param name="PooledBuffer">The rented buffer that holds <paramref name="Bytes"/>, or <see langword="null"/>.</param>
internal readonly record struct KeygenResponseBody(ReadOnlyMemory<byte> Bytes, byte[]? PooledBuffer)
{
    /// <summary>
    /// Above this, the announced length is not trusted with an up-front buffer (a bogus Content-Length must not reserve
    /// memory before a byte arrived); such bodies, and those of unknown length, are buffered as they come.
    /// </summary>
    private const long PooledLimit = 16 * 1024 * 1024;

    public static async Task<KeygenResponseBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is not { } length || length > PooledLimit)
        {
            return new(await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), null);
        }

        if (length == 0)
        {
            return new(ReadOnlyMemory<byte>.Empty, null);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            Memory<byte> body = buffer.AsMemory(0, (int)length);
            using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            // A body shorter than announced ends in EndOfStreamException, an IOException: the read is reported as broken.
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return new(body, buffer);
        }
        catch
        {
            Return(buffer);
            throw;
        }
    }

    /// <summary>Gives a rented buffer back, cleared: response bodies carry license keys and tokens.</summary>
    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
}
