using System;

namespace Keygen.Emulator.Model;

/// <summary>
/// How Keygen adds a duration in seconds (a policy's duration, a check-out's TTL) to a time: <c>ActiveSupport::Duration.build</c> splits it into
/// years (31,556,952 s), months (2,629,746 s), weeks, days, hours, minutes and seconds, and the years and months
/// are then added on the calendar. A duration of one year is the same date next year, not 365.2425 days later.
/// </summary>
internal static class Durations
{
    private const long Year = 31_556_952;
    private const long Month = 2_629_746;
    private const long Week = 604_800;
    private const long Day = 86_400;

    /// <summary>The time <paramref name="seconds"/> after <paramref name="start"/>; beyond year 9999 (Ruby has no such end), the last moment .NET has.</summary>
    public static DateTimeOffset Add(DateTimeOffset start, long seconds)
    {
        if (Math.Abs((double)seconds) > (DateTimeOffset.MaxValue - DateTimeOffset.MinValue).TotalSeconds)
        {
            return seconds > 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        }

        try
        {
            return Calendar(start, seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return seconds > 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        }
    }

    private static DateTimeOffset Calendar(DateTimeOffset start, long seconds)
    {
        var sign = Math.Sign(seconds);
        var remainder = Math.Abs(seconds);
        var years = remainder / Year;
        remainder %= Year;
        var months = remainder / Month;
        remainder %= Month;
        var weeks = remainder / Week;
        remainder %= Week;
        var days = remainder / Day;
        remainder %= Day;
        return start.AddYears(sign * (int)years).AddMonths(sign * (int)months).AddDays(sign * 7 * weeks).AddDays(sign * days).AddSeconds(sign * remainder);
    }
}
