using System;
using Keygen.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>An emulator whose clock the tests move forward, to expire licenses, miss check-ins and let heartbeats die.</summary>
public sealed class ClockedEmulatorFixture : EmulatorFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override KeygenEmulatorOptions CreateOptions() => new() { TimeProvider = Clock };
}
