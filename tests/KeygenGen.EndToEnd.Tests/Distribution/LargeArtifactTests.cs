using System.IO;
using System.Threading.Tasks;
using Keygen.Distribution;
using Keygen.EndToEnd.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>Runs alone, after the parallel tests, so that nothing else moves the process's memory while it is measured.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurements";
}

/// <summary>
/// A 200 MB artifact published and installed through the SDK and the emulator (one process), with the working set sampled
/// throughout: it must stay flat, far below the file's size, since neither side ever holds the file in memory. The bytes
/// are generated, never kept: only the emulator's stored object and the installed file touch the disk, and both are deleted.
/// </summary>
[Collection(MemoryMeasurements.Name)]
public sealed class LargeArtifactTests(EmulatorFixture emulator, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private const long Size = 200L * 1024 * 1024;
    private const long AllowedGrowth = 48L * 1024 * 1024;

    [Fact]
    public async Task A_200_MB_artifact_is_published_and_installed_with_flat_memory()
    {
        using var setup = await DistributionSetup.CreateAsync(emulator);
        await setup.PublishAsync("1.0.0", DistributionSetup.Build("1.0.0"));
        var release = await emulator.Keygen.ReleaseAsync(setup.Product.Id, "2.0.0");
        var target = setup.InstalledApp("1.0.0");
        using var app = setup.App();
        var upgrades = setup.Upgrades(app);
        var progress = new SyncProgress();

        var upload = new WorkingSetPeak();
        await using (upload)
        {
            await setup.Publisher.UploadAsync(new CreateArtifactRequest { ReleaseId = release.Id, Filename = "studio-2.0.0.bin" }, new GeneratedStream(Size));
        }

        var upgrade = await upgrades.CheckAsync("1.0.0");
        var install = new WorkingSetPeak();
        await using (install)
        {
            await upgrades.InstallAsync(upgrade!, target, progress);
        }

        output.WriteLine($"Working set growth: upload {upload.Growth / 1048576.0:0.0} MiB, install {install.Growth / 1048576.0:0.0} MiB, for a {Size / 1048576} MiB artifact.");
        Assert.Equal(Size, new FileInfo(target).Length); // its checksum and signature were checked before it was moved in
        Assert.Equal(Size, progress.Reports[^1].BytesTransferred);
        Assert.InRange(upload.Growth, long.MinValue, AllowedGrowth);
        Assert.InRange(install.Growth, long.MinValue, AllowedGrowth);
    }
}
