using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs KeygenGen, KeygenGen.Extensions.DependencyInjection, KeygenGen.AspNetCore and KeygenGen.Emulator once for all package tests, into a
/// folder feed in a temporary directory, under a version no earlier run used (so NuGet's global cache can never serve a
/// stale copy). The build happens in its own artifacts folder, leaving the repository's bin/ and obj/ alone.
/// </summary>
/// <remarks>
/// <c>KEYGENGEN_PACKAGES_DIR</c> names that directory instead, and then it is kept: .ci/run hands it to the Mono check,
/// which runs the packed SDK and the emulator built here rather than packing and building them again.
/// </remarks>
public sealed class PackagesFixture : IAsyncLifetime
{
    // Four target frameworks of the SDK and three of the DI package: a pack took over 10 minutes on a machine shared with other builds.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(20);

    private readonly bool _keepWorkDirectory;

    public PackagesFixture()
    {
        var named = Environment.GetEnvironmentVariable("KEYGENGEN_PACKAGES_DIR");
        _keepWorkDirectory = !string.IsNullOrEmpty(named);
        WorkDirectory = _keepWorkDirectory
            ? Path.GetFullPath(named!)
            : Path.Combine(Path.GetTempPath(), "keygengen-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        VersionSuffix = $"test.{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}";
    }

    public string WorkDirectory { get; }

    /// <summary>Where the consumers' nuget.config (<c>../feed</c>) finds the packages.</summary>
    public string Feed => Path.Combine(WorkDirectory, "feed");

    public string VersionSuffix { get; }

    internal PackedPackage Keygen { get; private set; } = null!;

    internal PackedPackage DependencyInjection { get; private set; } = null!;

    internal PackedPackage AspNetCore { get; private set; } = null!;

    internal PackedPackage Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        // KeygenGen first, which builds all its targets; the other packages' project references to it then
        // find those builds up to date in the shared artifacts folder.
        await PackAsync("src/KeygenGen");
        await PackAsync("src/KeygenGen.Extensions.DependencyInjection");
        await PackAsync("src/KeygenGen.AspNetCore");
        await PackAsync("src/KeygenGen.Emulator");
        Keygen = PackedPackage.Find(Feed, "KeygenGen");
        DependencyInjection = PackedPackage.Find(Feed, "KeygenGen.Extensions.DependencyInjection");
        AspNetCore = PackedPackage.Find(Feed, "KeygenGen.AspNetCore");
        Emulator = PackedPackage.Find(Feed, "KeygenGen.Emulator");
    }

    /// <summary>A fresh copy of the sample consumers, next to the feed, for one test to build.</summary>
    internal ConsumerWorkspace CopyConsumers(string name) =>
        ConsumerWorkspace.Create(Path.Combine(WorkDirectory, name), Keygen.Version);

    public Task DisposeAsync()
    {
        if (!_keepWorkDirectory)
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }

        // The consumers' restores extracted this run's packages into the global cache; nothing else will ever use them.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // None when packing failed: every test has already failed with the reason.
        foreach (var package in new[] { Keygen, DependencyInjection, AspNetCore, Emulator }.Where(package => package is not null))
        {
            var extracted = Path.Combine(globalPackages, package.Id.ToLowerInvariant(), package.Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    private async Task PackAsync(string project, params string[] options)
    {
        var result = await DotNetCli.RunAsync(
            Repository.Root,
            PackTimeout,
            ["pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"), $"-p:VersionSuffix={VersionSuffix}", "-tl:off", .. options]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Packing {project} failed. {result}");
        }
    }
}
