using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Releases;

/// <summary>Artifacts: upload through the 307's URL, download through the 303's URL (never followed by the SDK), metadata, and the release's and product's artifacts.</summary>
public sealed class ArtifactOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("studio installer bytes");

    [Fact]
    [Covers("artifacts.create", "artifacts.get", "artifacts.download", "artifacts.list", "artifacts.update", "artifacts.delete")]
    public Task An_artifact_is_uploaded_downloaded_updated_and_deleted() => CoveringAsync(async () =>
    {
        var product = await Keygen.DistributedProductAsync();
        var release = await Keygen.ReleaseAsync(product.Id, "1.0.0");
        var upload = await Keygen.Artifacts.CreateAsync(new CreateArtifactRequest { ReleaseId = release.Id, Filename = "studio.zip", Filetype = "zip", Platform = "linux", Arch = "amd64" });
        Assert.Equal(new System.Uri(Emulator.Emulator.BaseUrl.ToString()).Authority, upload.Location!.Authority);
        Assert.Equal(("studio.zip", ArtifactStatus.Waiting, release.Id), (upload.Resource.Filename, upload.Resource.Status, upload.Resource.ReleaseId)); // not dropped
        var waiting = Assert.Single(await Keygen.Artifacts.ListAsync(new ListArtifactsRequest { Release = release.Id }).ToListAsync());
        Assert.Equal(ArtifactStatus.Waiting, waiting.Status);

        await ReleaseSeed.StorageAsync(HttpMethod.Put, upload.Location, Content);
        var uploaded = Assert.Single(await Keygen.Artifacts.ListAsync(new ListArtifactsRequest { Release = release.Id, Platform = "linux" }).ToListAsync());
        Assert.Equal(ArtifactStatus.Uploaded, uploaded.Status);
        Assert.Equal(("studio.zip", "zip", "amd64"), (uploaded.Filename, uploaded.Filetype, uploaded.Arch));

        var download = await Keygen.Artifacts.GetAsync("studio.zip", new GetArtifactRequest());
        Assert.Equal(uploaded.Id, download.Resource.Id);
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, download.Location!));
        var vanity = await Keygen.Artifacts.DownloadAsync(uploaded.Id, "Studio Setup.zip");
        Assert.Contains("Studio%20Setup.zip", vanity.Location!.AbsoluteUri);
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, vanity.Location));

        var updated = await Keygen.Artifacts.UpdateAsync(uploaded.Id, new UpdateArtifactRequest { Checksum = "abc123", Filesize = Content.Length });
        Assert.Equal(("abc123", (long?)Content.Length), (updated.Checksum, updated.Filesize));

        await Keygen.Artifacts.DeleteAsync(uploaded.Id);
        Assert.Empty(await Keygen.Artifacts.ListAsync(new ListArtifactsRequest { Release = release.Id }).ToListAsync());
    });

    [Fact]
    [Covers("releases.listArtifacts", "releases.getArtifact", "products.listArtifacts", "products.getArtifact")]
    public Task A_release_s_and_a_product_s_artifacts_download_for_their_licensees() => CoveringAsync(async () =>
    {
        var license = await Keygen.LicenseAsync(p => p.AuthenticationStrategy = AuthenticationStrategy.License);
        var release = await Keygen.ReleaseAsync(license.ProductId!, "1.0.0");
        var id = await Keygen.UploadedArtifactAsync(release.Id, "app.dmg", Content);
        using var app = Keygen.WithAuth(KeygenAuth.License(license.Key));

        Assert.Equal([id], (await app.Releases.ListArtifactsAsync(release.Id, new ListReleaseArtifactsRequest()).ToListAsync()).Select(a => a.Id));
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, (await app.Releases.GetArtifactAsync(release.Id, "app.dmg")).Location!));
        Assert.Equal([id], (await Keygen.Products.ListArtifactsAsync(license.ProductId!, new ListProductArtifactsRequest()).ToListAsync()).Select(a => a.Id));
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, (await app.Products.GetArtifactAsync(license.ProductId!, id)).Location!));

        await Keygen.Licenses.SuspendAsync(license.Id);
        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => app.Releases.GetArtifactAsync(release.Id, id));
        Assert.Equal(403, refused.StatusCode);
        Assert.Contains("suspended", refused.Detail, System.StringComparison.OrdinalIgnoreCase);
    });
}
