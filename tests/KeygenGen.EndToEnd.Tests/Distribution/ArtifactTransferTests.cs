using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Keygen.Distribution;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Http;
using Keygen.Signatures;
using Xunit;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// <see cref="KeygenArtifacts"/> over HTTP against the emulator: a publisher's one-call upload (size, checksum and signature
/// worked out as Keygen's CLI does), and downloads that resume after a broken connection, renew an expired URL, and never
/// hand over bytes that do not match the artifact.
/// </summary>
public sealed class ArtifactTransferTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_file_is_uploaded_in_one_call_signed_and_checksummed_as_the_CLI_does()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "1.0.0");
        var content = DistributionSetup.Build("1.0.0", size: 2 * 1024 * 1024 + 5);
        var path = Path.Combine(setup.Directory, "Studio Setup.dmg");
        await File.WriteAllBytesAsync(path, content);
        var progress = new SyncProgress();

        var created = await setup.Publisher.UploadFileAsync(release.Id, path, a => a.Platform = "darwin", progress);
        var listed = await emulator.Keygen.Artifacts.ListAsync(new ListArtifactsRequest { Release = release.Id }).SingleAsync();

        Assert.Equal(("Studio Setup.dmg", "dmg", "darwin", (long?)content.Length), (created.Filename, created.Filetype, created.Platform, created.Filesize));
        Assert.Equal(ArtifactStatus.Waiting, created.Status); // as Keygen created it, before the upload
        Assert.Equal(Convert.ToBase64String(SHA512.HashData(content)).TrimEnd('='), created.Checksum);
        Assert.Equal(setup.Signer.SignPrehashed(SHA512.HashData(content), setup.Product.Id), created.Signature); // Ed25519 signatures are deterministic
        Assert.Equal((created.Id, ArtifactStatus.Uploaded), (listed.Id, listed.Status));
        Assert.Equal(content.Length, progress.Reports[^1].BytesTransferred);

        // The signature checks out with the public key, as the app will check it.
        using var downloaded = new MemoryStream();
        var fetched = await new KeygenArtifacts(emulator.Keygen, new KeygenArtifactOptions { ProductId = setup.Product.Id, CodeSigningKey = setup.Signer.PublicKey })
            .DownloadAsync(created.Id, downloaded);
        Assert.Equal(content, downloaded.ToArray());
        Assert.Equal(created.Id, fetched.Id);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_uploaded_with_its_declared_size()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "1.0.0");
        var content = DistributionSetup.Build("1.0.0");
        var plain = new KeygenArtifacts(emulator.Keygen);

        var unsized = await Assert.ThrowsAsync<ArgumentException>(() => plain.UploadAsync(
            new CreateArtifactRequest { ReleaseId = release.Id, Filename = "a.bin" }, new ForwardOnlyStream(content)));
        var created = await plain.UploadAsync(
            new CreateArtifactRequest { ReleaseId = release.Id, Filename = "b.bin", Filesize = content.Length, Checksum = Convert.ToHexStringLower(SHA256.HashData(content)) },
            new ForwardOnlyStream(content));
        var path = Path.Combine(setup.Directory, "b.bin");
        await plain.DownloadFileAsync(created.Id, path);

        Assert.Contains("Filesize", unsized.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_download_that_breaks_off_resumes_where_it_stopped()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var content = DistributionSetup.Build("1.0.0", size: 3 * 1024 * 1024);
        await setup.PublishAsync("1.0.0", content);
        using var network = new StorageFaults { CutAfter = 1_000_000 };
        using var app = setup.App(network);
        var artifacts = new KeygenArtifacts(app, new KeygenArtifactOptions { ProductId = setup.Product.Id, CodeSigningKey = setup.Signer.PublicKey });
        var path = Path.Combine(setup.Directory, "studio");

        await artifacts.DownloadFileAsync("studio-1.0.0.bin", path);

        Assert.Equal(content, await File.ReadAllBytesAsync(path));
        Assert.Equal(2, network.StorageRequests.Count);
        var resumed = network.StorageRequests[1].Headers;
        Assert.Equal(1_000_000, resumed.Range!.Ranges.Single().From);
        Assert.NotNull(resumed.IfRange?.EntityTag); // only the rest of the same version
    }

    [Fact]
    public async Task A_refused_download_url_is_renewed_from_Keygen()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var content = DistributionSetup.Build("1.0.0");
        await setup.PublishAsync("1.0.0", content);
        using var network = new StorageFaults { RefuseFirst = true };
        using var app = setup.App(network);
        using var capture = KeygenResponseCapture.Start();
        using var downloaded = new MemoryStream();

        await new KeygenArtifacts(app).DownloadAsync("studio-1.0.0.bin", downloaded);

        Assert.Equal(content, downloaded.ToArray());
        Assert.Equal(2, capture.Responses.Count(r => r.OperationId == "artifacts.get")); // the second for a fresh URL
        Assert.Equal(2, network.StorageRequests.Count);
    }

    [Fact]
    public async Task An_artifact_replaced_during_a_download_starts_over_and_is_refused_against_what_Keygen_listed()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "1.0.0");
        var original = DistributionSetup.Build("1.0.0", size: 2 * 1024 * 1024);
        var replacement = DistributionSetup.Build("1.0.0-replaced", size: 2 * 1024 * 1024);
        var created = await emulator.Keygen.Artifacts.CreateAsync(new CreateArtifactRequest
        {
            ReleaseId = release.Id, Filename = "studio.bin", Filesize = original.Length, Checksum = Convert.ToBase64String(SHA512.HashData(original)),
        });
        await ReleaseSeed.StorageAsync(HttpMethod.Put, created.Location!, original);
        using var network = new StorageFaults { CutAfter = 500_000, OnCut = () => ReleaseSeed.StorageAsync(HttpMethod.Put, created.Location!, replacement) };
        using var app = setup.App(network);
        using var downloaded = new MemoryStream();

        var refused = await Assert.ThrowsAsync<ArtifactVerificationException>(() => new KeygenArtifacts(app).DownloadAsync("studio.bin", downloaded));

        Assert.Equal(VerificationFailureReason.ChecksumMismatch, refused.Reason);
        Assert.Equal(replacement, downloaded.ToArray()); // started over: no bytes of the old version before the new one
    }

    [Fact]
    public async Task An_artifact_not_uploaded_yet_has_no_download()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "1.0.0");
        await emulator.Keygen.Artifacts.CreateAsync(new CreateArtifactRequest { ReleaseId = release.Id, Filename = "later.bin" });
        var path = Path.Combine(setup.Directory, "later.bin");

        var refused = await Assert.ThrowsAsync<ArtifactTransferException>(() => new KeygenArtifacts(emulator.Keygen).DownloadFileAsync("later.bin", path));

        Assert.Contains("WAITING", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(setup.Directory));
    }

    /// <summary>A stream read once, front to back, like a network or pipe source.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
