using Keygen.Emulator;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Load;

/// <summary>An emulator whose throttle is raised far above what the load tests send, so every refusal is a real error.</summary>
public sealed class LoadEmulatorFixture : EmulatorFixture
{
    protected override KeygenEmulatorOptions CreateOptions() => new() { RateLimitPerMinute = 1_000_000 };
}

/// <summary>Load tests run alone, after the others, so that timings and memory readings are theirs only.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
