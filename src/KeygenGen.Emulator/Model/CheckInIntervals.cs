using System;

namespace Keygen.Emulator.Model;

/// <summary>Calendar arithmetic for a policy's check-in interval (<c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>).</summary>
internal static class CheckInIntervals
{
    public static DateTimeOffset? Add(DateTimeOffset start, string? interval, int? count) => (interval, count) switch
    {
        ("day", { } n) => start.AddDays(n),
        ("week", { } n) => start.AddDays(7 * n),
        ("month", { } n) => start.AddMonths(n),
        ("year", { } n) => start.AddYears(n),
        _ => null,
    };
}
