using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>Seeding for the release-distribution tests: products, releases and uploaded artifacts, through the SDK.</summary>
internal static class ReleaseSeed
{
    /// <summary>A fresh product distributed per <paramref name="distribution"/> (LICENSED by default).</summary>
    public static Task<Product> DistributedProductAsync(this KeygenClient keygen, DistributionStrategy? distribution = null) =>
        keygen.Products.CreateAsync(new CreateProductRequest { Name = "Studio", DistributionStrategy = distribution ?? DistributionStrategy.Licensed });

    public static Task<Release> ReleaseAsync(this KeygenClient keygen, string productId, string version, Action<CreateReleaseRequest>? configure = null)
    {
        var request = new CreateReleaseRequest { ProductId = productId, Version = version, Channel = ReleaseChannel.Stable, Status = ReleaseStatus.Published };
        configure?.Invoke(request);
        return keygen.Releases.CreateAsync(request);
    }

    /// <summary>Creates an artifact and PUTs <paramref name="content"/> to the upload URL it redirects to, as a user would; returns the artifact id.</summary>
    public static async Task<string> UploadedArtifactAsync(this KeygenClient keygen, string releaseId, string filename, byte[] content, Action<CreateArtifactRequest>? configure = null)
    {
        var request = new CreateArtifactRequest { ReleaseId = releaseId, Filename = filename };
        configure?.Invoke(request);
        var upload = await keygen.Artifacts.CreateAsync(request);
        await StorageAsync(HttpMethod.Put, upload.Location!, content);
        return upload.Resource.Id;
    }

    /// <summary>A plain HTTP exchange with the (fake) storage a presigned URL points at; returns the response body.</summary>
    public static async Task<byte[]> StorageAsync(HttpMethod method, Uri url, byte[]? content = null)
    {
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(method, url) { Content = content is null ? null : new ByteArrayContent(content) };
        using var response = await http.SendAsync(message);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A client of the same emulator that speaks API 1.0, where the legacy release routes live.</summary>
    public static KeygenClient Legacy(this EmulatorFixture fixture) => new(new KeygenClientOptions
    {
        BaseUrl = fixture.Emulator.BaseUrl,
        Account = fixture.Emulator.AccountId,
        Token = fixture.Emulator.AdminToken,
        PublicKey = fixture.Emulator.PublicKeyHex,
        Retry = KeygenRetryOptions.Disabled,
        ApiVersion = "1.0",
    });
}
