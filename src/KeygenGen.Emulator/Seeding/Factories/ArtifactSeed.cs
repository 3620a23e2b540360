using System;
using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:release_artifact</c> factory: an UPLOADED darwin/amd64 <c>.dmg</c> of a new release. Traits: statuses
/// (<c>waiting</c>, <c>processing</c>, <c>uploaded</c>, <c>failed</c>, <c>yanked</c>), platforms, arches, and the
/// release product's distribution.
/// </summary>
internal sealed class ArtifactSeed : SeedFactory<Artifact>
{
    public override string Type => "artifacts";

    protected override Entity? EnvironmentParent(Artifact row) => row.Release;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["waiting"] = Trait.Set("status", _ => "WAITING"),
        ["processing"] = Trait.Set("status", _ => "PROCESSING"),
        ["uploaded"] = Trait.Set("status", _ => ArtifactStatuses.Uploaded),
        ["failed"] = Trait.Set("status", _ => "FAILED"),
        ["yanked"] = Trait.Set("status", _ => "YANKED"),
        ["darwin"] = Trait.Set("platform", _ => "darwin"),
        ["linux"] = Trait.Set("platform", _ => "linux"),
        ["win32"] = Trait.Set("platform", _ => "win32"),
        ["arm64"] = Trait.Set("arch", _ => "arm64"),
        ["amd64"] = Trait.Set("arch", _ => "amd64"),
        ["x86"] = Trait.Set("arch", _ => "x86"),
        ["licensed"] = Trait.Set("release", b => b.Dependency<Release>("release", "licensed")),
        ["open"] = Trait.Set("release", b => b.Dependency<Release>("release", "open")),
        ["closed"] = Trait.Set("release", b => b.Dependency<Release>("release", "closed")),
    };

    protected override ColumnSetters<Artifact> Columns { get; } = new("artifacts")
    {
        ["filename"] = (_, a, v) => a.Filename = v.RequiredString(),
        ["filetype"] = (_, a, v) => a.Filetype = v.String(),
        ["filesize"] = (_, a, v) => a.Filesize = v.Long(),
        ["platform"] = (b, a, v) => a.Platform = CatalogSeed.KeyOf(b, Catalog.Platforms, v),
        ["arch"] = (b, a, v) => a.Arch = CatalogSeed.KeyOf(b, Catalog.Arches, v),
        ["signature"] = (_, a, v) => a.Signature = v.String(),
        ["checksum"] = (_, a, v) => a.Checksum = v.String(),
        ["status"] = (_, a, v) => a.Status = v.RequiredString(),
        ["metadata"] = (_, a, v) => a.Metadata = v.Object() ?? new(),
    };

    public override Entity Create(SeedBuild build)
    {
        var release = build.Ref("release", () => build.Dependency<Release>("release"));
        var filetype = build.Values.Has("filetype") ? build.Take("filetype")!.Value.String() : "dmg";
        var filename = build.Take("filename")?.String() ?? $"{release.Name}-{release.Version}+{SeedNames.Hex(16)}.{filetype}";
        var artifact = new Artifact(SeedNames.Id(build), build.Now, release, filename)
        {
            Filetype = filetype,
            Filesize = Random.Shared.NextInt64(0, 1L << 30),
            Status = ArtifactStatuses.Uploaded,
            // FactoryBot never builds a default the caller overrides: the default platform and arch (and their
            // catalog entries, which `platforms/$0` would name) exist only when none is given.
            Platform = build.Values.Has("platform") ? null : Catalog.Ensure(build.Account, build.Now, Catalog.Platforms, "darwin"),
            Arch = build.Values.Has("arch") ? null : Catalog.Ensure(build.Account, build.Now, Catalog.Arches, "amd64"),
        };
        return Store(build, artifact);
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<Artifact>().Remove((Artifact)row);
}
