using System;
using Keygen.Acceptance.Placeholders;
using Xunit;

namespace Keygen.Acceptance.Runner;

/// <summary>The <c>$time</c> and <c>$date</c> placeholders give what ActiveSupport gives.</summary>
public sealed class RubyTimeTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 31, 12, 30, 45, 123, TimeSpan.Zero);

    [Theory]
    [InlineData("1.month.from_now", "2024-02-29 12:30:45 UTC")]
    [InlineData("1.year.ago", "2023-01-31 12:30:45 UTC")]
    [InlineData("2.weeks.from_now.iso", "2024-02-14T12:30:45.123Z")]
    [InlineData("1.day.ago.format", "2024-01-30")]
    [InlineData("now.iso", "2024-01-31T12:30:45.123Z")]
    [InlineData("30.days.to_i", "2592000")]
    [InlineData("1.year", "31556952")]
    [InlineData("1.hour.from_now.to_i", "1706707845")]
    public void Time_expressions(string expression, string expected) => Assert.Equal(expected, RubyTime.Evaluate(expression, Now));

    [Theory]
    [InlineData("tomorrow", "2024-02-01")]
    [InlineData("yesterday", "2024-01-30")]
    [InlineData("format", "2024-01-31")]
    public void Date_expressions(string expression, string expected) => Assert.Equal(expected, RubyTime.Date(expression, Now));

    [Fact]
    public void Rails_and_iso_times_parse_alike() =>
        Assert.Equal(RubyTime.Parse("2024-01-31T12:30:45Z"), RubyTime.Parse("2024-01-31 12:30:45 UTC"));
}
