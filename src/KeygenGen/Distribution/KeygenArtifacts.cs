using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Serialization;

namespace Keygen.Distribution;

/// <summary>
/// Moves release artifacts in one call each, streaming (a file is never held in memory whole): <see cref="UploadAsync"/>
/// creates the artifact, with its size, SHA-512 checksum and (given a signing key) Ed25519ph signature worked out as
/// Keygen's CLI does, then PUTs the bytes to the presigned URL Keygen answers with; <see cref="DownloadAsync"/> and
/// <see cref="DownloadFileAsync"/> fetch through the download URL, resuming after a broken connection, and check the bytes
/// against the artifact's size, checksum and (given a code-signing key) signature. Both report <see cref="IProgress{T}"/>.
/// Storage is reached through the client's network handler without its credentials. Thread-safe.
/// </summary>
public sealed class KeygenArtifacts
{
    private const int ChunkSize = 81920;
    private readonly KeygenClient _keygen;
    private readonly KeygenArtifactOptions _options;
    private readonly ArtifactVerifier _verifier;
    private readonly StorageTransfer _storage;

    /// <summary>Creates the helper on a client (a token with release rights uploads; a license key or token downloads).</summary>
    /// <param name="keygen">The client.</param>
    /// <param name="options">Signing and checking; by default uploads are not signed and downloads are checked by size and checksum.</param>
    /// <exception cref="KeygenConfigurationException">A signing or code-signing key is given without the product id it signs for.</exception>
    public KeygenArtifacts(KeygenClient keygen, KeygenArtifactOptions? options = null)
    {
        _keygen = keygen ?? throw new ArgumentNullException(nameof(keygen));
        _options = options ?? new KeygenArtifactOptions();
        var needsProduct = _options.SigningKey is not null
            || (_options.CodeSigningKey is not null && _options.SignatureAlgorithm == ArtifactSignatureAlgorithm.Ed25519ph);
        if (needsProduct && string.IsNullOrEmpty(_options.ProductId))
        {
            throw new KeygenConfigurationException(
                "KeygenArtifactOptions.ProductId is required with a signing or code-signing key: Ed25519ph signatures are made for one product.");
        }

        if (_keygen.ClientSettings.PublicKeys?.Ed25519 is { } accountKey && _options.CodeSigningKey?.IsSameKeyAs(accountKey) == true)
        {
            throw AccountKeyMistaken(nameof(KeygenArtifactOptions) + "." + nameof(KeygenArtifactOptions.CodeSigningKey));
        }

        _verifier = new ArtifactVerifier(_options.CodeSigningKey, _options.ProductId, _options.SignatureAlgorithm);
        _storage = new StorageTransfer(_keygen);
    }

    /// <summary>
    /// Creates the artifact <paramref name="request"/> describes and uploads <paramref name="content"/> (from its current position)
    /// as its bytes. When the stream can seek, a missing <c>Filesize</c>, <c>Checksum</c> (SHA-512, base64 without padding) and,
    /// with <see cref="KeygenArtifactOptions.SigningKey"/>, <c>Signature</c> are worked out first, in one read of the stream; a
    /// stream that cannot seek needs <c>Filesize</c> set and is uploaded as it is.
    /// </summary>
    /// <param name="request">The artifact: its release, file name and any attributes; the SDK fills in what it can.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="progress">Receives the upload's progress.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The artifact as Keygen created it (WAITING until Keygen sees the upload; Keygen checks for it every few seconds).</returns>
    /// <exception cref="ArgumentException">The stream cannot seek and <c>Filesize</c> is not set.</exception>
    /// <exception cref="KeygenApiException">Keygen refused the artifact (e.g. <c>FILENAME_TAKEN</c>).</exception>
    /// <exception cref="ArtifactTransferException">Storage refused the upload.</exception>
    /// <exception cref="KeygenTransportException">The upload broke off and could not be re-sent.</exception>
    public async Task<Artifact> UploadAsync(CreateArtifactRequest request, Stream content, IProgress<KeygenTransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            await DescribeAsync(request, content, cancellationToken).ConfigureAwait(false);
        }
        else if (request.Filesize is null)
        {
            throw new ArgumentException("A stream that cannot seek has no known length: set CreateArtifactRequest.Filesize (storage needs the length up front).", nameof(content));
        }

        var created = await _keygen.Artifacts.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        var url = created.Location ?? throw new ArtifactTransferException($"Keygen created artifact {created.Resource.Id} but gave no upload URL.");
        await _storage.UploadAsync(url, content, request.Filesize!.Value, ContentTypes.For(request.Filetype), progress, cancellationToken).ConfigureAwait(false);
        return created.Resource;
    }

    /// <summary>
    /// Uploads the file at <paramref name="path"/> as an artifact of <paramref name="releaseId"/>, named and typed after the file
    /// (as <c>keygen upload</c> does: the extension is the file type), with its size, checksum and, with a signing key, signature.
    /// </summary>
    /// <param name="releaseId">The release (id, or version or tag where Keygen allows).</param>
    /// <param name="path">The file.</param>
    /// <param name="configure">Sets further attributes (platform, arch, another file name, …) before the artifact is created.</param>
    /// <param name="progress">Receives the upload's progress.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The artifact as Keygen created it.</returns>
    public async Task<Artifact> UploadFileAsync(
        string releaseId,
        string path,
        Action<CreateArtifactRequest>? configure = null,
        IProgress<KeygenTransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(releaseId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var filename = Path.GetFileName(path);
        var extension = Path.GetExtension(filename).TrimStart('.');
        var request = new CreateArtifactRequest
        {
            ReleaseId = releaseId,
            Filename = filename,
            // The CLI's "<auto>" file type: the extension, unless it is a number (app-1.2 is not of type "2").
            Filetype = extension.Length == 0 || long.TryParse(extension, out _) ? null : extension,
        };
        configure?.Invoke(request);
        // Plain using (Stream is IAsyncDisposable only from .NET Core 3.0): closing a file that was only read does no I/O to await.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await UploadAsync(request, file, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads artifact <paramref name="artifactId"/> into <paramref name="destination"/>, resuming after broken connections,
    /// then checks the bytes (size, checksum, and signature with a code-signing key). The bytes are in the stream before they
    /// are checked: use <see cref="DownloadFileAsync"/> to get a file only once it is verified.
    /// </summary>
    /// <param name="artifactId">The artifact id (or its filename: the newest version's).</param>
    /// <param name="destination">Where the bytes go, from its current position; a seekable stream lets a download start over when the artifact changed meanwhile.</param>
    /// <param name="progress">Receives the download's progress.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The artifact as Keygen lists it.</returns>
    /// <exception cref="ArtifactVerificationException">The bytes are not the artifact's.</exception>
    /// <exception cref="ArtifactTransferException">The artifact has no download yet, or storage refused it.</exception>
    /// <exception cref="KeygenConfigurationException">Plain Ed25519 signatures are to be checked, which needs a file.</exception>
    public async Task<Artifact> DownloadAsync(string artifactId, Stream destination, IProgress<KeygenTransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(artifactId);
        ArgumentNullException.ThrowIfNull(destination);
        if (_options.CodeSigningKey is not null && _options.SignatureAlgorithm == ArtifactSignatureAlgorithm.Ed25519)
        {
            throw new KeygenConfigurationException(
                "A plain Ed25519 signature covers the whole file and is checked on the file: use DownloadFileAsync, or sign with Ed25519ph.");
        }

        return await DownloadVerifiedAsync(ct => _keygen.Artifacts.GetAsync(artifactId, cancellationToken: ct), destination, path: null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads artifact <paramref name="artifactId"/> to <paramref name="path"/>: into a temporary file beside it, which replaces
    /// the file at <paramref name="path"/> only once it is verified (size, checksum, and signature with a code-signing key).
    /// On any failure or cancellation the temporary file is deleted and <paramref name="path"/> is left as it was.
    /// </summary>
    /// <param name="artifactId">The artifact id (or its filename: the newest version's).</param>
    /// <param name="path">Where the file goes; an existing file there is replaced, keeping its permissions.</param>
    /// <param name="progress">Receives the download's progress.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The artifact as Keygen lists it.</returns>
    public async Task<Artifact> DownloadFileAsync(string artifactId, string path, IProgress<KeygenTransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(artifactId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (artifact, _) = await DownloadToFileAsync(ct => _keygen.Artifacts.GetAsync(artifactId, cancellationToken: ct), path, progress, cancellationToken).ConfigureAwait(false);
        return artifact;
    }

    /// <summary>Downloads, verifies and puts in place; returns the artifact and the old file's path when it could not be deleted.</summary>
    internal async Task<(Artifact Artifact, string? LeftBehind)> DownloadToFileAsync(
        Func<CancellationToken, Task<KeygenRedirect<Artifact>>> link,
        string path,
        IProgress<KeygenTransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var temporary = FileReplacement.TemporaryBeside(path);
        try
        {
            Artifact artifact;
            // Plain using (Stream is IAsyncDisposable only from .NET Core 3.0): DownloadVerifiedAsync flushed the file, so closing it does no I/O to await.
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.Asynchronous))
            {
                artifact = await DownloadVerifiedAsync(link, file, temporary, progress, cancellationToken).ConfigureAwait(false);
            }

            return (artifact, FileReplacement.Replace(temporary, path));
        }
        finally
        {
            FileReplacement.TryDelete(temporary); // gone already once it replaced the target
        }
    }

    internal static KeygenConfigurationException AccountKeyMistaken(string option) => new(
        $"{option} is the Keygen account's own public key. Artifacts are signed with a code-signing key of your own "
        + "(keygen genkey), which Keygen never holds; the account key only signs Keygen's responses.");

    private async Task<Artifact> DownloadVerifiedAsync(
        Func<CancellationToken, Task<KeygenRedirect<Artifact>>> link,
        Stream destination,
        string? path,
        IProgress<KeygenTransferProgress>? progress,
        CancellationToken cancellationToken)
    {
        var first = await link(cancellationToken).ConfigureAwait(false);
        var artifact = first.Resource;
        var checksum = ArtifactChecksum.Parse(artifact.Checksum);
        using var digests = new ArtifactDigests(checksum);
        await _storage.DownloadAsync(
            UrlOf(first),
            async ct => UrlOf(await link(ct).ConfigureAwait(false)),
            destination,
            digests,
            artifact.Filesize,
            progress,
            cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        _verifier.Verify(artifact, checksum, digests, path);
        return artifact;
    }

    private static Uri UrlOf(KeygenRedirect<Artifact> link) => link.Location ?? throw new ArtifactTransferException(
        $"Artifact {link.Resource.Filename} has no download: it is {link.Resource.Status} (not uploaded yet, or its release was yanked).");

    /// <summary>Fills in the size, checksum and signature the request lacks, in one read of the stream, which is then rewound.</summary>
    private async Task DescribeAsync(CreateArtifactRequest request, Stream content, CancellationToken cancellationToken)
    {
        var start = content.Position;
        request.Filesize ??= content.Length - start;
        var sign = _options.SigningKey is not null && string.IsNullOrEmpty(request.Signature);
        if (!sign && !string.IsNullOrEmpty(request.Checksum))
        {
            return;
        }

        using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            sha512.AppendData(buffer, 0, read);
        }

        content.Position = start;
        var digest = sha512.GetHashAndReset();
        if (string.IsNullOrEmpty(request.Checksum))
        {
            request.Checksum = Convert.ToBase64String(digest).TrimEnd('=');
        }

        if (sign)
        {
            request.Signature = _options.SigningKey!.SignPrehashed(digest, _options.ProductId!);
        }
    }
}
