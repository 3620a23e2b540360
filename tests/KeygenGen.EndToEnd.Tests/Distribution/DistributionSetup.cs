using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Keygen.Distribution;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// A vendor and a licensee on the emulator: a LICENSED product with a license-key policy and license, a code-signing key,
/// the publisher's <see cref="KeygenArtifacts"/> (admin, signing) and the app's client (the license key, signatures checked).
/// </summary>
internal sealed class DistributionSetup : IDisposable
{
    /// <summary>The artifact name the upgrade tests publish and look for.</summary>
    public const string FilenameTemplate = "studio-{version}.bin";

    private DistributionSetup(EmulatorFixture fixture, Product product, License license, ArtifactSigningKey signer)
    {
        Fixture = fixture;
        Product = product;
        License = license;
        Signer = signer;
        Publisher = new KeygenArtifacts(fixture.Keygen, new KeygenArtifactOptions { ProductId = product.Id, SigningKey = signer });
        Directory = System.IO.Directory.CreateTempSubdirectory("keygengen-e2e-").FullName;
    }

    public EmulatorFixture Fixture { get; }

    public Product Product { get; }

    public License License { get; }

    public ArtifactSigningKey Signer { get; }

    public KeygenArtifacts Publisher { get; }

    /// <summary>A scratch directory, deleted with the setup.</summary>
    public string Directory { get; }

    public static async Task<DistributionSetup> CreateAsync(EmulatorFixture fixture)
    {
        var product = await fixture.Keygen.DistributedProductAsync();
        var policy = await fixture.Keygen.Policies.CreateAsync(new CreatePolicyRequest { Name = "Pro", ProductId = product.Id, AuthenticationStrategy = AuthenticationStrategy.License });
        var license = await fixture.Keygen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id });
        return new DistributionSetup(fixture, product, license, ArtifactSigningKey.Generate());
    }

    /// <summary>
    /// The app's client: the license key, every response's signature checked; retries without waiting; storage reached through
    /// <paramref name="handler"/> when given (to break connections).
    /// </summary>
    public KeygenClient App(HttpMessageHandler? handler = null) => new(new KeygenClientOptions
    {
        BaseUrl = Fixture.Emulator.BaseUrl,
        Account = Fixture.Emulator.AccountId,
        LicenseKey = License.Key,
        PublicKey = Fixture.Emulator.PublicKeyHex,
        Retry = new KeygenRetryOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        HttpMessageHandler = handler,
    });

    /// <summary>The upgrade helper of an app running this product, checking signatures by <see cref="Signer"/>.</summary>
    public KeygenUpgrades Upgrades(KeygenClient app, ReleaseChannel? channel = null, string? constraint = null) => new(app, new KeygenUpgradeOptions
    {
        ProductId = Product.Id,
        CodeSigningKey = Signer.PublicKey,
        Filename = FilenameTemplate,
        Channel = channel ?? ReleaseChannel.Stable,
        Constraint = constraint,
    });

    /// <summary>Publishes <paramref name="version"/> with a signed artifact <c>studio-{version}.bin</c> holding <paramref name="content"/>.</summary>
    public async Task<Release> PublishAsync(string version, byte[] content, Action<CreateReleaseRequest>? release = null, Action<CreateArtifactRequest>? artifact = null)
    {
        var created = await Fixture.Keygen.ReleaseAsync(Product.Id, version, release);
        var request = new CreateArtifactRequest { ReleaseId = created.Id, Filename = $"studio-{version}.bin", Platform = KeygenPlatform.Os, Arch = KeygenPlatform.Arch };
        artifact?.Invoke(request);
        using var stream = new MemoryStream(content);
        await Publisher.UploadAsync(request, stream);
        return created;
    }

    /// <summary>What an app of version <paramref name="version"/> looks like on disk: an executable file with that content.</summary>
    public string InstalledApp(string version)
    {
        var path = Path.Combine(Directory, "studio");
        File.WriteAllBytes(path, Build(version));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        return path;
    }

    /// <summary>The installed app at <paramref name="target"/> is exactly <paramref name="before"/>, with nothing left beside it (no temporary or old file).</summary>
    public async Task AssertUntouchedAsync(string target, byte[] before)
    {
        Assert.Equal(before, await File.ReadAllBytesAsync(target));
        Assert.Equal([Path.GetFileName(target)], System.IO.Directory.GetFiles(Directory).Select(Path.GetFileName));
    }

    /// <summary>The bytes of "version" <paramref name="version"/> of the app: random but recognisable.</summary>
    public static byte[] Build(string version, int size = 64 * 1024)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        System.Text.Encoding.ASCII.GetBytes("studio " + version).CopyTo(bytes, 0);
        return bytes;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
