using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Keygen.Acceptance.Placeholders;

/// <summary>
/// ActiveSupport's time expressions as the suite's <c>$time</c> and <c>$date</c> placeholders write them
/// (<c>1.year.from_now</c>, <c>2.weeks</c>, <c>30.days.to_i</c>, <c>now.iso</c>), and Ruby's ways of printing times.
/// Calendar units move calendar dates (<c>1.month.ago</c> is the same day last month); a bare duration prints as seconds,
/// a year being 365.2425 days and a month a twelfth of that, as ActiveSupport counts them.
/// </summary>
internal static partial class RubyTime
{
    /// <summary>A Time printed by <c>to_s</c> in Rails: <c>2024-01-02 03:04:05 UTC</c>.</summary>
    public static string ToS(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary><c>iso8601(3)</c>: <c>2024-01-02T03:04:05.678Z</c>.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>$time.…</c> placeholder's expression (what follows <c>$time.</c>); null when it is not one.</summary>
    public static string? Evaluate(string expression, DateTimeOffset now)
    {
        if (expression is "now" or "current")
        {
            return ToS(now);
        }

        if (expression is "now.iso" or "current.iso")
        {
            return Iso(now);
        }

        var match = Expression().Match(expression);
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups[2].Value.TrimEnd('s');
        var direction = match.Groups[3].Success ? match.Groups[3].Value : null;
        var format = match.Groups[4].Success ? match.Groups[4].Value : null;
        if (direction is null)
        {
            // A bare duration: Ruby prints its seconds (to_s and to_i alike).
            return ((long)Seconds(amount, unit)).ToString(CultureInfo.InvariantCulture);
        }

        var time = Move(now, direction is "ago" ? -amount : amount, unit);
        return format switch
        {
            "format" => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "iso" => Iso(time),
            "to_i" => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            _ => ToS(time),
        };
    }

    /// <summary>A <c>$date.…</c> placeholder: <c>format</c> is today as <c>yyyy-MM-dd</c>, <c>today</c>, <c>tomorrow</c>, <c>yesterday</c>.</summary>
    public static string? Date(string expression, DateTimeOffset now) => expression switch
    {
        "format" or "today" or "current" => now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "tomorrow" => now.UtcDateTime.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "yesterday" => now.UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Parses a time the way Ruby's <c>to_time</c> reads the suite's strings (ISO 8601, or <c>… UTC</c>).</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.EndsWith(" UTC", StringComparison.Ordinal) ? text[..^4] + "Z" : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    /// <summary>Moves a time by calendar units, as ActiveSupport's <c>since</c>/<c>ago</c> does.</summary>
    public static DateTimeOffset Move(DateTimeOffset time, int amount, string unit) => unit switch
    {
        "year" => time.AddYears(amount),
        "month" => time.AddMonths(amount),
        "week" => time.AddDays(7 * amount),
        "day" => time.AddDays(amount),
        "hour" => time.AddHours(amount),
        "minute" => time.AddMinutes(amount),
        "second" => time.AddSeconds(amount),
        _ => throw new ArgumentException($"Unknown time unit '{unit}'."),
    };

    private static double Seconds(int amount, string unit) => amount * unit switch
    {
        "year" => 31_556_952,
        "month" => 2_629_746,
        "week" => 604_800,
        "day" => 86_400,
        "hour" => 3_600,
        "minute" => 60,
        "second" => 1,
        _ => throw new ArgumentException($"Unknown time unit '{unit}'."),
    };

    [GeneratedRegex(@"^(\d+)\.(years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:\.(from_now|ago))?(?:\.(format|iso|to_i))?$")]
    private static partial Regex Expression();
}
