// The legacy operations are deprecated (API 1.0 only); covering them is the point of this file.
#pragma warning disable CS0618

using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Releases;

/// <summary>The API 1.0 release routes, called by a client pinned to <c>Keygen-Version: 1.0</c>.</summary>
public sealed class LegacyReleaseOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("version two");

    [Fact]
    [Covers("releases.legacyUpsert", "releases.legacyUploadArtifact", "releases.legacyGetArtifact", "releases.legacyCheckForUpgrade", "releases.legacyCheckForUpgradeById", "releases.legacyDeleteArtifact")]
    public Task An_API_1_0_client_uploads_finds_upgrades_and_yanks_single_artifacts() => CoveringAsync(async () =>
    {
        using var legacy = Emulator.Legacy();
        var product = await Keygen.DistributedProductAsync();
        var v1 = await legacy.Releases.LegacyUpsertAsync(new LegacyUpsertReleaseRequest { ProductId = product.Id, Version = "1.0.0", Channel = ReleaseChannel.Stable, Status = ReleaseStatus.Published });
        var v2 = await legacy.Releases.LegacyUpsertAsync(new LegacyUpsertReleaseRequest { ProductId = product.Id, Version = "2.0.0", Channel = ReleaseChannel.Stable, Status = ReleaseStatus.Published });
        Assert.Equal("2.0.0", v2.Version);
        await Keygen.UploadedArtifactAsync(v1.Id, "app-1.zip", Encoding.UTF8.GetBytes("version one"), a => { a.Platform = "win32"; a.Filetype = "zip"; });
        await Keygen.Artifacts.CreateAsync(new CreateArtifactRequest { ReleaseId = v2.Id, Filename = "app-2.zip", Platform = "win32", Filetype = "zip" });

        await ReleaseSeed.StorageAsync(HttpMethod.Put, (await legacy.Releases.LegacyUploadArtifactAsync(v2.Id)).Location!, Content);
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, (await legacy.Releases.LegacyGetArtifactAsync(v2.Id)).Location!));

        var byQuery = await legacy.Releases.LegacyCheckForUpgradeAsync(new LegacyCheckForUpgradeRequest { Product = product.Id, Version = "1.0.0", Platform = "win32", Filetype = "zip" });
        Assert.Equal(v2.Id, byQuery.Resource.ReleaseId);
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, byQuery.Location!));
        var byId = await legacy.Releases.LegacyCheckForUpgradeByIdAsync(v1.Id, new LegacyCheckForUpgradeByIdRequest());
        Assert.Equal(Content, await ReleaseSeed.StorageAsync(HttpMethod.Get, byId.Location!));

        await legacy.Releases.LegacyDeleteArtifactAsync(v2.Id);
        // API 1.0's yank (V1x0::ReleaseYankService) deletes the artifact and stamps the release's yanked time; its status
        // stays as it was (Keygen's suite checks yanked_at alone).
        var yanked = await Keygen.Releases.GetAsync(v2.Id);
        Assert.NotNull(yanked.Yanked);
        Assert.Equal(ReleaseStatus.Published, yanked.Status);

        var current = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Releases.LegacyGetArtifactAsync(v1.Id));
        Assert.Equal(404, current.StatusCode);
    });
}
