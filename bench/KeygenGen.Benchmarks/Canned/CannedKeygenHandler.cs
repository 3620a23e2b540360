using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace KeygenGen.Benchmarks.Canned;

/// <summary>
/// The one in-memory Keygen every client under test talks to. It serializes each request body to the end (so clients that
/// write lazily pay for it as over a socket), routes by method and path, and answers with <see cref="KeygenDocuments"/>
/// plus the headers Keygen sends on every response (keygen-api.md §1.13). Anything else gets a JSON:API 404.
/// </summary>
public sealed class CannedKeygenHandler : HttpMessageHandler
{
    private const string AccountRoot = "/v1/accounts/" + KeygenDocuments.Account + "/licenses";
    private static readonly byte[] NotFound = """{"errors":[{"title":"Not found","detail":"The requested endpoint was not found","code":"NOT_FOUND"}]}"""u8.ToArray();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        long bodyLength = 0;
        if (request.Content is not null)
        {
            var counter = new CountingStream();
            await request.Content.CopyToAsync(counter, cancellationToken).ConfigureAwait(false);
            bodyLength = counter.Length;
        }

        string path = request.RequestUri!.AbsolutePath;
        (HttpStatusCode status, byte[] body) = (request.Method.Method, path) switch
        {
            ("POST", AccountRoot) when bodyLength > 0 => (HttpStatusCode.Created, KeygenDocuments.Single),
            ("POST", AccountRoot + "/actions/validate-key") when bodyLength > 0 => (HttpStatusCode.OK, KeygenDocuments.Validation),
            ("GET", AccountRoot) when request.RequestUri.Query.Contains("page%5Bsize%5D=100", StringComparison.Ordinal) => (HttpStatusCode.OK, KeygenDocuments.Page),
            ("GET", _) when path.StartsWith(AccountRoot + "/", StringComparison.Ordinal) && !path.Contains("/actions/", StringComparison.Ordinal) => (HttpStatusCode.OK, KeygenDocuments.Single),
            _ => (HttpStatusCode.NotFound, NotFound),
        };
        return Respond(request, status, body);
    }

    private static HttpResponseMessage Respond(HttpRequestMessage request, HttpStatusCode status, byte[] body)
    {
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(body),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json") { CharSet = "utf-8" };
        HttpResponseHeaders headers = response.Headers;
        headers.TryAddWithoutValidation("Keygen-Account", KeygenDocuments.AccountId);
        headers.TryAddWithoutValidation("Keygen-Edition", "CE");
        headers.TryAddWithoutValidation("Keygen-Mode", "singleplayer");
        headers.TryAddWithoutValidation("Keygen-Version", "1.8");
        headers.TryAddWithoutValidation("Cache-Control", "no-transform, no-store, max-age=0");
        headers.TryAddWithoutValidation("X-Request-Id", "c4bd6a3e-5f7e-4d8b-9b1a-2e3f4a5b6c7d");
        headers.TryAddWithoutValidation("X-RateLimit-Window", "30s");
        headers.TryAddWithoutValidation("X-RateLimit-Count", "1");
        headers.TryAddWithoutValidation("X-RateLimit-Limit", "500");
        headers.TryAddWithoutValidation("X-RateLimit-Remaining", "499");
        headers.TryAddWithoutValidation("X-RateLimit-Reset", "1795867230");
        return response;
    }

    /// <summary>A sink that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
