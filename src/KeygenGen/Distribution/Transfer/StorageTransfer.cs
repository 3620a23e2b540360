using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;

namespace Keygen.Distribution;

/// <summary>
/// Moves an artifact's bytes to and from the storage service behind Keygen's presigned URLs, through the client's network
/// handler but none of its Keygen handlers (no credentials, no Keygen signature). Downloads stream into the caller's
/// stream and resume after a broken connection with <c>Range</c> and <c>If-Range</c>, fetching a fresh URL from Keygen
/// when the old one has expired; uploads stream from the caller's stream with a declared length and are re-sent only
/// when that stream can be rewound. Failed attempts are retried per <see cref="KeygenClientOptions.Retry"/>, counted
/// afresh whenever an attempt moved bytes.
/// </summary>
internal sealed class StorageTransfer
{
    private const int ChunkSize = 81920;
    private readonly HttpMessageInvoker _storage;
    private readonly KeygenClientSettings _settings;

    public StorageTransfer(KeygenClient keygen)
    {
        _storage = keygen.StorageInvoker;
        _settings = keygen.ClientSettings;
    }

    /// <summary>PUTs <paramref name="length"/> bytes of <paramref name="content"/>, from its current position, to <paramref name="url"/>.</summary>
    public async Task UploadAsync(Uri url, Stream content, long length, string contentType, IProgress<KeygenTransferProgress>? progress, CancellationToken cancellationToken)
    {
        var start = content.CanSeek ? content.Position : -1;
        for (var failures = 0; ; failures++)
        {
            using var stall = new StallWatch(_settings.Timeout, _settings.TimeProvider, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Put, url)
            {
                Content = new UploadContent(content, length, contentType, new TransferProgress(progress, length), stall),
            };
            request.Headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
            string fault;
            Exception? cause = null;
            try
            {
                using var response = await _storage.SendAsync(request, stall.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                if (!IsTransient(response.StatusCode))
                {
                    throw Refused("upload", url, response.StatusCode);
                }

                fault = $"storage answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (IsFault(e, stall, cancellationToken))
            {
                (fault, cause) = (Describe(e, stall), e);
            }

            if (start < 0 || failures >= _settings.Retry.MaxRetries)
            {
                throw GaveUp("upload", url, fault, failures + 1, cause, start < 0 ? "the stream cannot be rewound to send it again" : null);
            }

            content.Position = start;
            await BackoffAsync(failures, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// GETs the object at <paramref name="url"/> into <paramref name="destination"/> (from its current position), hashing
    /// it on the way; resumes where it broke off, and restarts from the first byte when the object changed meanwhile.
    /// </summary>
    /// <param name="url">The download URL Keygen redirected to.</param>
    /// <param name="renew">Asks Keygen for a fresh URL when this one is refused (it expired).</param>
    /// <param name="destination">Where the bytes go; it must be seekable for a restart.</param>
    /// <param name="digests">Hashes every byte written.</param>
    /// <param name="size">The size Keygen lists, if any, for progress.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public async Task DownloadAsync(
        Uri url,
        Func<CancellationToken, Task<Uri>> renew,
        Stream destination,
        ArtifactDigests digests,
        long? size,
        IProgress<KeygenTransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var origin = destination.CanSeek ? destination.Position : -1;
        var report = new TransferProgress(progress, size);
        EntityTagHeaderValue? version = null;
        var renewed = false;
        for (var failures = 0; ; )
        {
            var before = digests.Length;
            string fault;
            Exception? cause = null;
            using (var stall = new StallWatch(_settings.Timeout, _settings.TimeProvider, cancellationToken))
            {
                try
                {
                    using var request = DownloadRequest(url, digests.Length, version);
                    using var response = await _storage.SendAsync(request, stall.Token).ConfigureAwait(false); // a handler returns at the headers; the body streams
                    if (response.StatusCode == HttpStatusCode.Forbidden && !renewed)
                    {
                        // The URL expired (an hour by default) during a long download or its retries: ask Keygen for another.
                        (url, renewed) = (await renew(cancellationToken).ConfigureAwait(false), true);
                        continue;
                    }

                    if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && size == digests.Length)
                    {
                        return; // everything had arrived when the connection broke
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        fault = $"storage answered {(int)response.StatusCode}";
                        if (!IsTransient(response.StatusCode))
                        {
                            throw Refused("download", url, response.StatusCode);
                        }
                    }
                    else
                    {
                        if (response.StatusCode != HttpStatusCode.PartialContent && digests.Length > 0)
                        {
                            // A whole answer to a Range request: the object changed since the first bytes arrived.
                            Restart(destination, origin, digests, url);
                        }
                        else if (response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From != digests.Length)
                        {
                            throw new ArtifactTransferException($"Storage answered a range other than the one asked for at {StorageUrls.Describe(url)}.");
                        }

                        version = response.Headers.ETag;
                        report.Total ??= response.Content.Headers.ContentRange?.Length ?? response.Content.Headers.ContentLength;
                        await CopyAsync(response, destination, digests, report, stall).ConfigureAwait(false);
                        return;
                    }
                }
                catch (Exception e) when (IsFault(e, stall, cancellationToken))
                {
                    (fault, cause) = (Describe(e, stall), e);
                }
            }

            failures = digests.Length > before ? 0 : failures + 1; // an attempt that moved bytes earns a fresh set of retries
            if (failures > _settings.Retry.MaxRetries)
            {
                throw GaveUp("download", url, fault, failures, cause, null);
            }

            await BackoffAsync(failures, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage DownloadRequest(Uri url, long from, EntityTagHeaderValue? version)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
        if (from > 0)
        {
            request.Headers.Range = new RangeHeaderValue(from, null);
            if (version is not null)
            {
                // Only the rest of the same version; a changed object comes back whole (200) instead.
                request.Headers.IfRange = new RangeConditionHeaderValue(version);
            }
        }

        return request;
    }

    private static async Task CopyAsync(HttpResponseMessage response, Stream destination, ArtifactDigests digests, TransferProgress report, StallWatch stall)
    {
        // Plain using (Stream is IAsyncDisposable only from .NET Core 3.0): a response body's DisposeAsync is its Dispose.
        using var body = await response.Content.ReadAsStreamAsync(stall.Token).ConfigureAwait(false);
        var buffer = new byte[ChunkSize];
        report.Report(digests.Length);
        while (true)
        {
            stall.Rearm();
            var read = await body.ReadAsync(buffer, stall.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), stall.Token).ConfigureAwait(false);
            digests.Append(buffer, read);
            report.Report(digests.Length);
        }
    }

    private static void Restart(Stream destination, long origin, ArtifactDigests digests, Uri url)
    {
        if (origin < 0)
        {
            throw new ArtifactTransferException(
                $"The artifact at {StorageUrls.Describe(url)} changed while it was downloading, and the destination stream cannot be rewound to start over.");
        }

        destination.SetLength(origin);
        destination.Position = origin;
        digests.Restart();
    }

    private async Task BackoffAsync(int failures, CancellationToken cancellationToken)
    {
        var retry = _settings.Retry;
        var delay = TimeSpan.FromMilliseconds(Math.Min(retry.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1)), retry.MaxDelay.TotalMilliseconds));
        await Timers.Delay(_settings.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A network fault, or a stall; the caller's own cancellation is not one.</summary>
    private static bool IsFault(Exception e, StallWatch stall, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && (e is HttpRequestException or IOException or SocketException || (e is OperationCanceledException && stall.Stalled));

    private string Describe(Exception e, StallWatch stall) => stall.Stalled
        ? $"no bytes moved for {_settings.Timeout.TotalSeconds:0.###} s (KeygenClientOptions.Timeout)"
        : e.GetBaseException().Message;

    /// <summary>429 and 5xx: the storage service may do better on another try.</summary>
    private static bool IsTransient(HttpStatusCode status) => (int)status is 429 or >= 500;

    private static ArtifactTransferException Refused(string what, Uri url, HttpStatusCode status) => new(
        $"Artifact storage refused the {what} at {StorageUrls.Describe(url)}: {(int)status} {status}"
        + (status == HttpStatusCode.Forbidden ? " (the presigned URL expired or was altered)." : "."),
        (int)status);

    private static KeygenTransportException GaveUp(string what, Uri url, string fault, int attempts, Exception? cause, string? why) => new(
        $"The artifact {what} at {StorageUrls.Describe(url)} failed: {fault}; {attempts} attempt{(attempts == 1 ? string.Empty : "s")}"
        + (why is null ? "." : $", and {why}."),
        cause is OperationCanceledException,
        cause);
}
