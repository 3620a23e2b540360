using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Distribution;
using Keygen.EndToEnd.Tests.Support;
using Keygen.Signatures;
using Xunit;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>
/// A licensed app upgrading itself through <see cref="KeygenUpgrades"/> over HTTP against the emulator: which upgrade Keygen
/// offers (channel, version constraint, entitlements, yanked releases, a suspended license), and what an install does with
/// a good, tampered, truncated or unsigned artifact, or when cancelled: the installed file changes only for a verified one.
/// </summary>
public sealed class UpgradeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_newest_upgrade_on_the_channel_is_installed_in_place_keeping_the_files_permissions()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var next = DistributionSetup.Build("1.1.0", size: 3 * 1024 * 1024);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        await setup.PublishAsync("1.1.0", next);
        await setup.PublishAsync("1.2.0-beta.1", DistributionSetup.Build("1.2.0-beta.1"), r => r.Channel = ReleaseChannel.Beta);
        var target = setup.InstalledApp("1.0.0");
        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(target);
        using var app = setup.App();
        var upgrades = setup.Upgrades(app);
        var progress = new SyncProgress();

        var upgrade = await upgrades.CheckAsync("1.0.0");
        var installed = await upgrades.InstallAsync(upgrade!, target, progress);

        Assert.Equal(("1.0.0", "1.1.0", "studio-1.1.0.bin"), (upgrade!.CurrentVersion, upgrade.Version, upgrade.Artifact.Filename));
        Assert.Equal(target, installed.Path);
        Assert.Null(installed.PreviousFile);
        Assert.Equal(next, await File.ReadAllBytesAsync(target));
        Assert.Equal([Path.GetFileName(target)], Directory.GetFiles(setup.Directory).Select(Path.GetFileName)); // no temporary or old file left
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(mode, File.GetUnixFileMode(target));
        }

        // Progress from 0 to the whole file, in order, with the size known from the start.
        Assert.Equal(0, progress.Reports[0].BytesTransferred);
        Assert.Equal(next.Length, progress.Reports[^1].BytesTransferred);
        Assert.True(progress.Reports.Count >= 4, $"{progress.Reports.Count} reports");
        Assert.All(progress.Reports, r => Assert.Equal(next.Length, r.TotalBytes));
        Assert.Equal(progress.Reports.Select(r => r.BytesTransferred).Order(), progress.Reports.Select(r => r.BytesTransferred));
        Assert.Equal(1.0, progress.Reports[^1].Fraction);
    }

    [Fact]
    public async Task An_app_that_is_up_to_date_gets_none_but_an_unknown_version_is_an_error()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        await setup.PublishAsync("1.1.0", DistributionSetup.Build("1.1.0"));
        using var app = setup.App();

        Assert.Null(await setup.Upgrades(app).CheckAsync("1.1.0"));
        var unknown = await Assert.ThrowsAsync<KeygenApiException>(() => setup.Upgrades(app).CheckAsync("0.9.0"));
        Assert.Equal((404, "The requested release '0.9.0' was not found"), (unknown.StatusCode, unknown.Detail));
    }

    [Fact]
    public async Task Channels_version_constraints_entitlements_and_yanked_releases_hold_upgrades_back()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        var entitlement = await emulator.Keygen.EntitlementAsync("Studio 3");
        await setup.PublishAsync("2.0.0", DistributionSetup.Build("2.0.0"));
        await setup.PublishAsync("2.1.0", DistributionSetup.Build("2.1.0"));
        await setup.PublishAsync("2.2.0-rc.1", DistributionSetup.Build("2.2.0-rc.1"), r => r.Channel = ReleaseChannel.Rc);
        await setup.PublishAsync("3.0.0", DistributionSetup.Build("3.0.0"), r => r.Constraints = [new NewConstraint { EntitlementId = entitlement.Id }]);
        var yanked = await setup.PublishAsync("2.1.1", DistributionSetup.Build("2.1.1"));
        await emulator.Keygen.Releases.YankAsync(yanked.Id);
        using var app = setup.App();

        var stable = await setup.Upgrades(app).CheckAsync("2.0.0");
        var rc = await setup.Upgrades(app, ReleaseChannel.Rc).CheckAsync("2.0.0");
        var withinTwo = await setup.Upgrades(app, constraint: "2.0").CheckAsync("2.1.0");
        await emulator.Keygen.Licenses.AttachEntitlementsAsync(setup.License.Id, [entitlement.Id]);
        var entitled = await setup.Upgrades(app).CheckAsync("2.0.0");
        var pinned = await setup.Upgrades(app, constraint: "2").CheckAsync("2.0.0");

        Assert.Equal("2.1.0", stable?.Version);   // 3.0.0 needs an entitlement; 2.1.1 is yanked; 2.2.0-rc.1 is not stable
        Assert.Equal("2.2.0-rc.1", rc?.Version);  // rc takes stable releases too, and its own
        Assert.Null(withinTwo);                   // 2.1.0 is the newest 2.x the license sees
        Assert.Equal("3.0.0", entitled?.Version); // once the license has the entitlement
        Assert.Equal("2.1.0", pinned?.Version);
    }

    [Fact]
    public async Task A_suspended_license_is_refused_with_the_reason()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        await setup.PublishAsync("1.1.0", DistributionSetup.Build("1.1.0"));
        await emulator.Keygen.Licenses.SuspendAsync(setup.License.Id);
        using var app = setup.App();

        var refused = await Assert.ThrowsAsync<KeygenApiException>(() => setup.Upgrades(app).CheckAsync("1.0.0"));

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal("LICENSE_SUSPENDED", refused.Code);
    }

    public enum Tampering
    {
        /// <summary>Other bytes than were signed, with a checksum recomputed over them: only the signature catches it.</summary>
        Altered,

        /// <summary>Fewer bytes than Keygen lists.</summary>
        Truncated,

        /// <summary>No signature, although the app checks signatures.</summary>
        Unsigned,

        /// <summary>A checksum of other bytes.</summary>
        Corrupted,
    }

    [Theory]
    [InlineData(Tampering.Altered, VerificationFailureReason.SignatureInvalid)]
    [InlineData(Tampering.Truncated, VerificationFailureReason.SizeMismatch)]
    [InlineData(Tampering.Unsigned, VerificationFailureReason.SignatureMissing)]
    [InlineData(Tampering.Corrupted, VerificationFailureReason.ChecksumMismatch)]
    public async Task A_bad_artifact_is_refused_and_the_installed_app_is_left_untouched(Tampering tampering, VerificationFailureReason reason)
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        var genuine = DistributionSetup.Build("1.1.0");
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "1.1.0");
        var request = new CreateArtifactRequest { ReleaseId = release.Id, Filename = "studio-1.1.0.bin" };
        var uploaded = genuine;
        switch (tampering)
        {
            case Tampering.Altered:
                request.Signature = setup.Signer.SignPrehashed(System.Security.Cryptography.SHA512.HashData(genuine), setup.Product.Id);
                uploaded = [.. genuine];
                uploaded[^1] ^= 0xFF;
                break;
            case Tampering.Truncated:
                uploaded = genuine[..^1024]; // Keygen is told the whole size below
                break;
            case Tampering.Unsigned:
                break;
            case Tampering.Corrupted:
                request.Checksum = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(genuine)).TrimEnd('=');
                uploaded = [.. genuine];
                uploaded[0] ^= 0xFF;
                break;
        }

        // An unsigning publisher for the unsigned case; the others sign (or were given their signature above).
        var publisher = tampering == Tampering.Unsigned ? new KeygenArtifacts(emulator.Keygen) : setup.Publisher;
        var artifact = await publisher.UploadAsync(request, new MemoryStream(uploaded));
        if (tampering == Tampering.Truncated)
        {
            await emulator.Keygen.Artifacts.UpdateAsync(artifact.Id, new UpdateArtifactRequest { Filesize = genuine.Length });
        }

        var target = setup.InstalledApp("1.0.0");
        var before = await File.ReadAllBytesAsync(target);
        using var app = setup.App();
        var upgrades = setup.Upgrades(app);
        var upgrade = await upgrades.CheckAsync("1.0.0");

        var refused = await Assert.ThrowsAsync<ArtifactVerificationException>(() => upgrades.InstallAsync(upgrade!, target));

        Assert.Equal(reason, refused.Reason);
        await setup.AssertUntouchedAsync(target, before);
    }

    [Fact]
    public async Task A_cancelled_install_leaves_no_partial_file_and_the_app_untouched()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        await setup.PublishAsync("1.1.0", DistributionSetup.Build("1.1.0", size: 4 * 1024 * 1024));
        var target = setup.InstalledApp("1.0.0");
        var before = await File.ReadAllBytesAsync(target);
        using var app = setup.App();
        var upgrades = setup.Upgrades(app);
        var upgrade = await upgrades.CheckAsync("1.0.0");
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.BytesTransferred > 0)
            {
                cancellation.Cancel(); // part of the file has arrived
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upgrades.InstallAsync(upgrade!, target, progress, cancellation.Token));

        Assert.Contains(progress.Reports, r => r.BytesTransferred > 0 && r.BytesTransferred < r.TotalBytes);
        await setup.AssertUntouchedAsync(target, before);
    }

    [Fact]
    public async Task The_default_file_name_is_the_Go_SDKs_and_a_release_without_one_is_reported()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        var binary = $"studio_{KeygenPlatform.Os}_{KeygenPlatform.Arch}{KeygenPlatform.Ext}";
        await setup.PublishAsync("1.1.0", DistributionSetup.Build("1.1.0"), artifact: a => a.Filename = binary);
        await setup.PublishAsync("1.2.0", DistributionSetup.Build("1.2.0"), artifact: a => a.Filename = "studio_plan9_mips");
        using var app = setup.App();
        var options = new KeygenUpgradeOptions { ProductId = setup.Product.Id, CodeSigningKey = setup.Signer.PublicKey, Program = "studio" };

        var missing = await Assert.ThrowsAsync<KeygenUpgradeException>(() => new KeygenUpgrades(app, options).CheckAsync("1.0.0"));
        var pinned = await new KeygenUpgrades(app, new KeygenUpgradeOptions { ProductId = setup.Product.Id, Program = "studio", Constraint = "1.1.0" }).CheckAsync("1.0.0");
        var byPlatform = await new KeygenUpgrades(app, new KeygenUpgradeOptions { ProductId = setup.Product.Id, Constraint = "1.1.0", Platform = KeygenPlatform.Os, Arch = KeygenPlatform.Arch }).CheckAsync("1.0.0");

        Assert.Equal("1.2.0", missing.Release.Version);
        Assert.Contains(binary, missing.Message, StringComparison.Ordinal);
        Assert.Equal(binary, pinned?.Artifact.Filename);
        Assert.Equal(binary, byPlatform?.Artifact.Filename);
    }

    [Fact]
    public async Task The_accounts_own_key_is_refused_as_a_code_signing_key()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        using var app = setup.App();

        var refused = Assert.Throws<KeygenConfigurationException>(() => new KeygenUpgrades(app, new KeygenUpgradeOptions
        {
            ProductId = setup.Product.Id,
            CodeSigningKey = CodeSigningKey.Parse(emulator.Emulator.PublicKeyHex),
        }));
        var badTemplate = Assert.Throws<KeygenConfigurationException>(() => new KeygenUpgrades(app, new KeygenUpgradeOptions { ProductId = setup.Product.Id, Filename = "{programme}.exe" }));

        Assert.Contains("account's own public key", refused.Message, StringComparison.Ordinal);
        Assert.Contains("{programme}", badTemplate.Message, StringComparison.Ordinal);
    }
}
