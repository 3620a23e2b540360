using System;

namespace Keygen.Acceptance.Running;

/// <summary>
/// The emulator's clock during a scenario: real time, or frozen where a step put it (Rails' <c>travel_to</c>, which
/// stops the clock at that instant until <c>travel_back</c>).
/// </summary>
internal sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset? _frozen;

    public DateTimeOffset? Frozen
    {
        get => _frozen;
        set => _frozen = value;
    }

    public override DateTimeOffset GetUtcNow() => _frozen ?? System.GetUtcNow();
}
