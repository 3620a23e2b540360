using System;

namespace KeygenGen.Licensing.Tests.Facade;

/// <summary>Another clock's time plus an offset, to turn a machine's clock back (fake clocks only go forward).</summary>
internal sealed class ShiftedClock(TimeProvider inner) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;
}
