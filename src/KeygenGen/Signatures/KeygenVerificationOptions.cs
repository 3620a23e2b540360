using System;

namespace Keygen.Signatures;

/// <summary>The clock used by every offline check: signed <c>Date</c>s, license-file issue and expiry times, JWT claims.</summary>
public sealed record KeygenVerificationOptions
{
    /// <summary>The default allowed difference between the local clock and a signed time: 5 minutes.</summary>
    public static readonly TimeSpan DefaultMaxClockDrift = TimeSpan.FromMinutes(5);

    /// <summary>The source of "now"; inject a fake one in tests.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// How far a signed time may differ from now: older signed responses are treated as replays, and
    /// data issued further in the future means the clock was turned back. <c>null</c> disables these two
    /// checks (only for replaying recorded data in tests); expiry times are always checked.
    /// </summary>
    public TimeSpan? MaxClockDrift { get; init; } = DefaultMaxClockDrift;

    /// <summary>The current time of <see cref="TimeProvider"/>.</summary>
    internal DateTimeOffset Now => TimeProvider.GetUtcNow();
}
