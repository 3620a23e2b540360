using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>Artifacts over raw HTTP: the 307 upload and 303 download redirects, <c>Prefer</c>, and the storage round trip.</summary>
public sealed class ArtifactTests(SharedEmulator shared) : SharedEmulatorTests(shared)
{
    [Fact]
    public async Task CreatingAnArtifactRedirectsToAPresignedUploadUrl()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;

        var created = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app-1.0.0.tar.gz", ["filesize"] = 4, ["platform"] = "Linux", ["arch"] = "amd64", ["filetype"] = "tar.gz" });

        Assert.Equal(307, created.Code);
        var location = created.Header("Location")!;
        Assert.Contains("/-/storage/", location);
        Assert.Equal(location, created.Data["links"]!["redirect"]!.GetValue<string>());
        var self = Session.PathOf("/artifacts/" + created.Id);
        Assert.Equal("artifacts", created.Data["type"]!.GetValue<string>());
        Assert.Equal(self, created.Data["links"]!["self"]!.GetValue<string>());
        Assert.Equal(self + "/app-1.0.0.tar.gz", created.Data["links"]!["related"]!.GetValue<string>());
        Assert.Equal("WAITING", created.Attributes["status"]!.GetValue<string>());
        Assert.Equal("linux", created.Attributes["platform"]!.GetValue<string>());
        Assert.Equal(4, created.Attributes["filesize"]!.GetValue<long>());
        Assert.Equal(release, created.Data["relationships"]!["release"]!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UploadedBytesComeBackThroughTheDownloadRedirect()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var content = Encoding.UTF8.GetBytes("release bytes " + Guid.NewGuid());
        var artifact = await Session.UploadedArtifactAsync(release, "app.zip", content);

        var download = await Session.GetAsync("/artifacts/" + artifact);
        var fetched = await Session.StorageAsync(HttpMethod.Get, download.Header("Location")!);
        var byFilename = await Session.GetAsync($"/releases/{release}/artifacts/app.zip");
        var vanity = await Session.GetAsync($"/artifacts/{artifact}/renamed.zip");

        Assert.Equal(303, download.Code);
        Assert.Equal("UPLOADED", download.Attributes["status"]!.GetValue<string>());
        Assert.Equal(content, fetched.Body);
        Assert.Equal(303, byFilename.Code);
        Assert.Equal(artifact, byFilename.Id);
        Assert.Contains("/renamed.zip?", vanity.Header("Location"));
    }

    [Fact]
    public async Task PreferHeadersTurnRedirectsIntoPlainAnswers()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var artifact = await Session.UploadedArtifactAsync(release, "app.dmg", [1, 2, 3]);

        var noRedirect = await Session.SendAsync(HttpMethod.Get, "/artifacts/" + artifact, null, configure: r => r.Headers.Add("Prefer", "no-redirect"));
        var noDownload = await Session.SendAsync(HttpMethod.Get, "/artifacts/" + artifact, null, configure: r => r.Headers.Add("Prefer", "no-download"));
        var uploadNoRedirect = await Session.SendAsync(HttpMethod.Post, "/artifacts", Json.Resource("artifacts", new JsonObject { ["filename"] = "app.exe" }, Json.Relationship("release", "releases", release)), configure: r => r.Headers.Add("Prefer", "no-redirect"));

        Assert.Equal(200, noRedirect.Code);
        Assert.Equal(noRedirect.Header("Location"), noRedirect.Data["links"]!["redirect"]!.GetValue<string>());
        Assert.Equal(200, noDownload.Code);
        Assert.Null(noDownload.Header("Location"));
        Assert.Null(noDownload.Data["links"]!["redirect"]);
        Assert.Equal(200, uploadNoRedirect.Code);
        Assert.Contains("/-/storage/", uploadNoRedirect.Header("Location"));
    }

    [Fact]
    public async Task AnArtifactNotUploadedYetIsAnsweredWithoutRedirect()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var waiting = (await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app.msi" })).Id;

        var response = await Session.GetAsync("/artifacts/" + waiting);

        Assert.Equal(200, response.Code);
        Assert.Null(response.Header("Location"));
        Assert.Equal("WAITING", response.Attributes["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task StorageHonoursOnlyTheUrlsItHandedOutForTheirMethod()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var created = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app.tgz" });
        var upload = created.Header("Location")!;

        var tampered = await Session.StorageAsync(HttpMethod.Put, upload.Replace("signature=", "signature=0", StringComparison.Ordinal), [1]);
        var readWithUploadUrl = await Session.StorageAsync(HttpMethod.Get, upload);
        var stillWaiting = await Session.SendAsync(HttpMethod.Get, "/artifacts/" + created.Id, null, configure: r => r.Headers.Add("Prefer", "no-download"));

        Assert.Equal(403, tampered.Code);
        Assert.Equal(403, readWithUploadUrl.Code);
        Assert.Equal("WAITING", stillWaiting.Attributes["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FilenamesAreUniquePerRelease()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app.zip" });

        var again = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app.zip" });
        var negative = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "other.zip", ["filesize"] = -1 });

        Assert.Equal(422, again.Code);
        Assert.Equal("FILENAME_TAKEN", again.ErrorCode);
        Assert.Equal("/data/attributes/filename", again.FirstError["source"]!["pointer"]!.GetValue<string>());
        Assert.Equal("FILESIZE_INVALID", negative.ErrorCode);
    }

    [Fact]
    public async Task StorageServesRangesOfTheVersionAskedForWithTheUploadsContentType()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var created = await Session.NewArtifactAsync(release, new JsonObject { ["filename"] = "app.zip" });
        var content = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var upload = await Session.StorageAsync(HttpMethod.Put, created.Header("Location")!, content, r => r.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/zip"));
        var url = (await Session.GetAsync("/artifacts/" + created.Id)).Header("Location")!;

        var whole = await Session.StorageAsync(HttpMethod.Get, url);
        var tail = await Session.StorageAsync(HttpMethod.Get, url, configure: r => r.Headers.Range = new RangeHeaderValue(600, null));
        var sameVersion = await Session.StorageAsync(HttpMethod.Get, url, configure: r =>
        {
            r.Headers.Range = new RangeHeaderValue(600, null);
            r.Headers.IfRange = new RangeConditionHeaderValue(whole.Header("ETag")!);
        });
        var replaced = await Session.StorageAsync(HttpMethod.Put, created.Header("Location")!, [1, 2, 3]);
        var otherVersion = await Session.StorageAsync(HttpMethod.Get, url, configure: r =>
        {
            r.Headers.Range = new RangeHeaderValue(600, null);
            r.Headers.IfRange = new RangeConditionHeaderValue(whole.Header("ETag")!);
        });

        Assert.Equal((200, 200), (upload.Code, whole.Code));
        Assert.Equal(content, whole.Body);
        Assert.Equal("application/zip", whole.Header("Content-Type"));
        Assert.Equal(upload.Header("ETag"), whole.Header("ETag"));
        Assert.Equal(206, tail.Code);
        Assert.Equal("bytes 600-999/1000", tail.Header("Content-Range"));
        Assert.Equal(content[600..], tail.Body);
        Assert.Equal(206, sameVersion.Code);
        Assert.NotEqual(upload.Header("ETag"), replaced.Header("ETag"));
        Assert.Equal(200, otherVersion.Code); // the object changed: If-Range falls back to the whole new version
        Assert.Equal(new byte[] { 1, 2, 3 }, otherVersion.Body);
    }

    [Fact]
    public async Task AFilenameWithDirectoriesNamesTheNewestVersionsArtifactWithinTheListFilters()
    {
        var product = await Session.DistributedProductAsync("LICENSED");
        var older = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        var newer = (await Session.ReleaseAsync(product, "2.0.0")).Id;
        var olderArtifact = await Session.UploadedArtifactAsync(older, "dir/app.tar.gz", [1]);
        var newerArtifact = await Session.UploadedArtifactAsync(newer, "dir/app.tar.gz", [2]);

        var latest = await Session.GetAsync($"/artifacts/dir/app.tar.gz?product={product}");
        var byVersion = await Session.GetAsync($"/artifacts/dir/app.tar.gz?product={product}&release=1.0.0");
        var deleted = await Session.DeleteAsync($"/artifacts/dir/app.tar.gz?product={product}&release={older}");
        var remaining = await Session.GetAsync($"/artifacts?product={product}");

        Assert.Equal((303, newerArtifact), (latest.Code, latest.Id));
        Assert.Equal((303, olderArtifact), (byVersion.Code, byVersion.Id));
        Assert.Equal(204, deleted.Code);
        Assert.Equal(newerArtifact, Assert.Single(remaining.Data.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AProductsArtifactsNeedATokenWhereAReleasesDoNot()
    {
        var product = await Session.DistributedProductAsync("OPEN");
        var release = (await Session.ReleaseAsync(product, "1.0.0")).Id;
        var artifact = await Session.UploadedArtifactAsync(release, "open.zip", [1]);

        var ofRelease = await Session.GetAsync($"/releases/{release}/artifacts", As.Anonymous);
        var ofProduct = await Session.GetAsync($"/products/{product}/artifacts", As.Anonymous);
        var oneOfProduct = await Session.GetAsync($"/products/{product}/artifacts/{artifact}", As.Anonymous);

        Assert.Equal(artifact, Assert.Single(ofRelease.Data.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal((401, 401), (ofProduct.Code, oneOfProduct.Code));
    }

    [Fact]
    public async Task AnArtifactIsShownWhateverTheAcceptHeaderWhereOtherRoutesRefuseIt()
    {
        var release = (await Session.ReleaseAsync(await Session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
        var artifact = await Session.UploadedArtifactAsync(release, "app.pkg", [1]);
        static void Html(HttpRequestMessage request) => request.Headers.Accept.ParseAdd("text/html");

        var shown = await Session.SendAsync(HttpMethod.Get, "/artifacts/" + artifact, null, configure: Html);
        var json = await Session.SendAsync(HttpMethod.Get, "/artifacts/" + artifact, null, configure: r => r.Headers.Accept.ParseAdd("application/json"));
        var release400 = await Session.SendAsync(HttpMethod.Get, "/releases/" + release, null, configure: Html);

        Assert.Equal(303, shown.Code);
        Assert.Equal("application/vnd.api+json; charset=utf-8", shown.Header("Content-Type"));
        Assert.Equal("application/json; charset=utf-8", json.Header("Content-Type"));
        Assert.Equal((400, "MIME_TYPE_INVALID"), (release400.Code, release400.ErrorCode));
    }

    [Fact]
    public async Task UploadsLiveInTheStorageDirectoryUntilTheirArtifactIsDeleted()
    {
        var directory = Directory.CreateTempSubdirectory("keygen-emulator-test-").FullName;
        try
        {
            await using (var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { StorageDirectory = directory }))
            {
                var release = (await session.ReleaseAsync(await session.DistributedProductAsync("LICENSED"), "1.0.0")).Id;
                var artifact = await session.UploadedArtifactAsync(release, "app.zip", [9, 9, 9]);
                var stored = Assert.Single(Directory.GetFiles(directory));
                Assert.Equal(new byte[] { 9, 9, 9 }, await File.ReadAllBytesAsync(stored));

                Assert.Equal(204, (await session.DeleteAsync("/artifacts/" + artifact)).Code);
                Assert.Empty(Directory.GetFiles(directory));
                await session.UploadedArtifactAsync(release, "kept.zip", [1]);
            }

            // A directory the caller chose outlives the emulator, with what it holds.
            Assert.Single(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
