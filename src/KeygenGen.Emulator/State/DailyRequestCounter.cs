using System;
using System.Threading;

namespace Keygen.Emulator.State;

/// <summary>
/// Keygen's daily request count of an account (the cache key <c>req:limits:daily:{account}:{start of day}</c>): one
/// count per UTC day, so a new day on the emulator's clock starts again at zero. Counted outside the account's lock.
/// </summary>
internal sealed class DailyRequestCounter
{
    private readonly Lock _sync = new();
    private DateOnly _day;
    private long _count;

    public long CountOn(DateTimeOffset now)
    {
        lock (_sync)
        {
            return DateOnly.FromDateTime(now.UtcDateTime) == _day ? _count : 0;
        }
    }

    public void Increment(DateTimeOffset now)
    {
        lock (_sync)
        {
            Roll(now);
            _count++;
        }
    }

    public void Set(DateTimeOffset now, long count)
    {
        lock (_sync)
        {
            Roll(now);
            _count = count;
        }
    }

    private void Roll(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != _day)
        {
            (_day, _count) = (day, 0);
        }
    }
}
