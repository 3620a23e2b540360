using System;
using Microsoft.Extensions.Time.Testing;

namespace Keygen.Emulator.Tests.Support;

/// <summary>A controllable clock starting now, for expiry, check-in and heartbeat scenarios.</summary>
internal static class Clock
{
    public static FakeTimeProvider StartingNow() => new(DateTimeOffset.UtcNow);
}
