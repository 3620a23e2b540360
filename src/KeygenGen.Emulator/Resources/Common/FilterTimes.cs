using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// The times and durations Keygen's list filters take (<c>expires[within]=2w</c>, <c>activity[before]=1713657600</c>):
/// a duration is seconds when all digits, else an ISO-8601 duration with or without its <c>P</c>
/// (<c>ActiveSupport::Duration.parse</c>); a time is unix seconds when all digits, else an ISO-8601 time. A value that is
/// neither makes the filter match nothing, as Keygen's scopes answer <c>none</c> on a parse error.
/// </summary>
internal static partial class FilterTimes
{
    /// <summary>A moment <paramref name="value"/> away from <paramref name="from"/>: forwards, or backwards when <paramref name="ago"/>.</summary>
    public static DateTimeOffset? Offset(string value, DateTimeOffset from, bool ago)
    {
        var iso = AllDigits().IsMatch(value) ? $"PT{value}S" : "P" + value.ToUpperInvariant().TrimStart('P');
        var match = IsoDuration().Match(iso);
        if (!match.Success || match.Length == 1 || iso.EndsWith('T'))
        {
            return null;
        }

        var sign = ago ? -1 : 1;
        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            // Calendar parts first, as ActiveSupport adds years and months on the calendar and the rest in seconds.
            return from.AddYears(sign * (int)Part("years")).AddMonths(sign * (int)Part("months"))
                .AddDays(sign * ((7 * Part("weeks")) + Part("days")))
                .AddSeconds(sign * ((3600 * Part("hours")) + (60 * Part("minutes")) + Part("seconds")));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DateTimeOffset? Time(string value)
    {
        if (AllDigits().IsMatch(value))
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253_402_300_799
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }

        return IsoTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    /// <summary>The UTC day <paramref name="value"/> names (<c>2022-06-11</c>, or a time on it), as its first and last moment.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Day(string value)
    {
        if (!IsoTime().IsMatch(value) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return null;
        }

        var start = new DateTimeOffset(time.UtcDateTime.Date, TimeSpan.Zero);
        return (start, start.AddDays(1).AddTicks(-1));
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex AllDigits();

    [GeneratedRegex("^P(?:(?<years>[0-9]+)Y)?(?:(?<months>[0-9]+)M)?(?:(?<weeks>[0-9]+)W)?(?:(?<days>[0-9]+)D)?(?:T(?:(?<hours>[0-9]+)H)?(?:(?<minutes>[0-9]+)M)?(?:(?<seconds>[0-9]+)S)?)?$")]
    private static partial Regex IsoDuration();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex IsoTime();
}
