using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// The network between the app and artifact storage, with faults on demand: the first download's body breaks off after
/// <see cref="CutAfter"/> bytes (as a dropped connection does), or the first download is refused with 403 (as an expired URL
/// is). Every storage request is recorded; requests to Keygen pass untouched.
/// </summary>
internal sealed class StorageFaults : DelegatingHandler
{
    private int _downloads;

    public StorageFaults()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    public long? CutAfter { get; init; }

    public bool RefuseFirst { get; init; }

    /// <summary>Runs when the first download breaks off, before the client tries again.</summary>
    public Func<Task>? OnCut { get; init; }

    public List<HttpRequestMessage> StorageRequests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.RequestUri!.AbsolutePath.StartsWith("/-/storage/", StringComparison.Ordinal) || request.Method != HttpMethod.Get)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        StorageRequests.Add(request);
        var first = Interlocked.Increment(ref _downloads) == 1;
        if (first && RefuseFirst)
        {
            return new HttpResponseMessage(HttpStatusCode.Forbidden) { RequestMessage = request };
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (first && CutAfter is { } limit)
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var cut = new StreamContent(new CuttingStream(body, limit, OnCut));
            foreach (var header in response.Content.Headers)
            {
                cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = cut;
        }

        return response;
    }

    /// <summary>Passes <c>limit</c> bytes, then fails the read like a reset connection.</summary>
    private sealed class CuttingStream(Stream inner, long limit, Func<Task>? onCut) : Stream
    {
        private long _passed;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _passed; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_passed >= limit)
            {
                if (onCut is not null)
                {
                    await onCut();
                }

                throw new IOException("Connection reset by peer (injected by the test).");
            }

            var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, limit - _passed)], cancellationToken);
            _passed += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
