using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Distribution;

/// <summary>
/// An upload body read from the caller's stream chunk by chunk (never buffered whole), with a declared length (S3 and R2
/// refuse chunked uploads), progress, and a stall watch that is re-armed by every chunk that moves.
/// </summary>
internal sealed class UploadContent : HttpContent
{
    private const int ChunkSize = 81920;
    private readonly Stream _source;
    private readonly long _length;
    private readonly TransferProgress _progress;
    private readonly StallWatch _stall;

    public UploadContent(Stream source, long length, string contentType, TransferProgress progress, StallWatch stall)
    {
        _source = source;
        _length = length;
        _progress = progress;
        _stall = stall;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
        Headers.ContentLength = length;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => CopyAsync(stream, CancellationToken.None);

#if !LEGACY_TARGET
    // .NET Framework and .NET Standard 2.0 have no cancellable overload; there HttpClient aborts the connection on cancellation.
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        CopyAsync(stream, cancellationToken);
#endif

    private async Task CopyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        long sent = 0;
        _progress.Report(0);
        while (sent < _length)
        {
            _stall.Rearm();
            var read = await _source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, _length - sent)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException($"The upload's stream ended after {sent} of the {_length} bytes declared as the artifact's size.");
            }

            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            sent += read;
            _progress.Report(sent);
        }

        _stall.Rearm(); // the wait for storage's answer gets a full period too
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
