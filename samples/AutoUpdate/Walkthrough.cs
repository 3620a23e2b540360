using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Distribution;
using Keygen.Emulator;

namespace AutoUpdate;

/// <summary>
/// Auto-update end to end, both sides: the vendor (an admin token, as a release pipeline has) publishes 1.0.0 and 1.1.0 of
/// "Studio" with artifacts signed by its own code-signing key; the licensed app (only its license key) installs 1.0.0,
/// finds 1.1.0, and installs it after checking size, checksum and signature; then 1.2.0 is published with a file altered
/// after signing, and the app refuses it, keeping 1.1.0. Each step prints what happened.
/// </summary>
internal sealed class Walkthrough(KeygenEmulator emulator, TextWriter output)
{
    private const string ArtifactName = "studio-{version}.bin";
    private int _step;

    public async Task RunAsync(CancellationToken ct)
    {
        using var vendor = Client(token: emulator.AdminToken);
        var product = await vendor.Products.CreateAsync(new CreateProductRequest { Name = "Studio", DistributionStrategy = DistributionStrategy.Licensed }, ct);
        var policy = await vendor.Policies.CreateAsync(new CreatePolicyRequest { Name = "Studio Pro", ProductId = product.Id, AuthenticationStrategy = AuthenticationStrategy.License }, ct);
        var license = await vendor.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = policy.Id }, ct);

        // The vendor's code-signing key (keygen genkey makes one too): the private half stays in the release pipeline,
        // the public half ships inside the app.
        var signingKey = ArtifactSigningKey.Generate();
        var publisher = new KeygenArtifacts(vendor, new KeygenArtifactOptions { ProductId = product.Id, SigningKey = signingKey });
        await PublishAsync(vendor, publisher, product.Id, "1.0.0", Build("1.0.0"), ct);
        await PublishAsync(vendor, publisher, product.Id, "1.1.0", Build("1.1.0"), ct);

        var directory = Directory.CreateTempSubdirectory("keygengen-autoupdate-").FullName;
        try
        {
            using var app = Client(licenseKey: license.Key);
            var installed = Path.Combine(directory, "studio");
            var verified = new KeygenArtifacts(app, new KeygenArtifactOptions { ProductId = product.Id, CodeSigningKey = signingKey.PublicKey });
            await verified.DownloadFileAsync("studio-1.0.0.bin", installed, cancellationToken: ct);
            Step($"Installed 1.0.0 at {installed}; it runs as: {Run(installed)}");

            var upgrades = new KeygenUpgrades(app, new KeygenUpgradeOptions
            {
                ProductId = product.Id,
                CodeSigningKey = signingKey.PublicKey,
                Filename = ArtifactName,
            });
            await UpgradeAsync(upgrades, "1.0.0", installed, ct);
            Step($"Restarted: it runs as: {Run(installed)}");

            await PublishTamperedAsync(vendor, product.Id, signingKey, "1.2.0", ct);
            try
            {
                await UpgradeAsync(upgrades, "1.1.0", installed, ct);
                throw new InvalidOperationException("The tampered 1.2.0 was installed; it must have been refused.");
            }
            catch (ArtifactVerificationException refused)
            {
                Step($"Refused 1.2.0 ({refused.Reason}): {refused.Message}");
            }

            Step($"The installed app was left alone; it runs as: {Run(installed)}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        output.WriteLine("Done: published, upgraded and refused a tampered upgrade, all through the SDK.");
    }

    private async Task UpgradeAsync(KeygenUpgrades upgrades, string current, string installed, CancellationToken ct)
    {
        var upgrade = await upgrades.CheckAsync(current, ct) ?? throw new InvalidOperationException($"No upgrade from {current}.");
        Step($"Checked for an upgrade from {current}: {upgrade.Version} is available ({upgrade.Artifact.Filename}, {upgrade.Artifact.Filesize:N0} bytes)");
        var progress = new ProgressLine(output);
        await upgrades.InstallAsync(upgrade, installed, progress, ct);
        Step($"Downloaded {upgrade.Version}, checked its size, SHA-512 checksum and Ed25519ph signature, and swapped it in");
    }

    private async Task PublishAsync(KeygenClient vendor, KeygenArtifacts publisher, string productId, string version, byte[] content, CancellationToken ct)
    {
        var release = await vendor.Releases.CreateAsync(new CreateReleaseRequest { ProductId = productId, Version = version, Channel = ReleaseChannel.Stable }, ct);
        using var stream = new MemoryStream(content);
        var artifact = await publisher.UploadAsync(new CreateArtifactRequest { ReleaseId = release.Id, Filename = ArtifactName.Replace("{version}", version, StringComparison.Ordinal) }, stream, cancellationToken: ct);
        await vendor.Releases.PublishAsync(release.Id, ct);
        Step($"Published {version}: {artifact.Filename}, {artifact.Filesize:N0} bytes, checksum {artifact.Checksum![..12]}…, signed {artifact.Signature![..12]}…");
    }

    /// <summary>The vendor signs 1.2.0, but the bytes that reach storage were changed afterwards (a compromised mirror or build).</summary>
    private async Task PublishTamperedAsync(KeygenClient vendor, string productId, ArtifactSigningKey signingKey, string version, CancellationToken ct)
    {
        var genuine = Build(version);
        var tampered = Build(version);
        tampered[^1] ^= 0xFF;
        var release = await vendor.Releases.CreateAsync(new CreateReleaseRequest { ProductId = productId, Version = version, Channel = ReleaseChannel.Stable }, ct);
        using var stream = new MemoryStream(tampered);
        await new KeygenArtifacts(vendor).UploadAsync(new CreateArtifactRequest
        {
            ReleaseId = release.Id,
            Filename = ArtifactName.Replace("{version}", version, StringComparison.Ordinal),
            Signature = signingKey.SignPrehashed(SHA512.HashData(genuine), productId),
        }, stream, cancellationToken: ct);
        await vendor.Releases.PublishAsync(release.Id, ct);
        Step($"Published {version}, whose file was altered after it was signed");
    }

    private KeygenClient Client(string? token = null, string? licenseKey = null) => new(new KeygenClientOptions
    {
        BaseUrl = emulator.BaseUrl,
        Account = emulator.AccountId,
        Token = token,
        LicenseKey = licenseKey,
        PublicKey = emulator.PublicKeyHex,
    });

    /// <summary>"Studio &lt;version&gt;" and then 256 KiB of build output.</summary>
    private static byte[] Build(string version)
    {
        var header = Encoding.ASCII.GetBytes($"Studio {version}\n");
        var content = new byte[header.Length + (256 * 1024)];
        header.CopyTo(content, 0);
        new Random(BitConverter.ToInt32(SHA256.HashData(header))).NextBytes(content.AsSpan(header.Length)); // the same bytes every build
        return content;
    }

    /// <summary>What "running" the installed app shows: its first line.</summary>
    private static string Run(string path)
    {
        using var reader = new StreamReader(path, Encoding.ASCII);
        return reader.ReadLine() ?? string.Empty;
    }

    /// <summary>Prints a numbered step, with numbers formatted the same on every machine.</summary>
    private void Step(FormattableString text) => output.WriteLine(FormattableString.Invariant($"{++_step,3}. {FormattableString.Invariant(text)}"));

    /// <summary>Prints the download's progress as it goes, on one line per report.</summary>
    private sealed class ProgressLine(TextWriter output) : IProgress<KeygenTransferProgress>
    {
        public void Report(KeygenTransferProgress value) =>
            output.WriteLine(FormattableString.Invariant($"       {value.BytesTransferred:N0} of {value.TotalBytes:N0} bytes ({value.Fraction:P0})"));
    }
}
