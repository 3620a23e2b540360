using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>What a sample's walk-through printed: its lines, and its numbered steps ("  3. Activated this machine").</summary>
internal sealed class WalkthroughOutput
{
    public WalkthroughOutput(string output)
    {
        Lines = output.Split(Environment.NewLine);
        Steps = Lines.Select(line => Regex.Match(line, @"^\s*(\d+)\. (.*)$")).Where(m => m.Success).Select(m => m.Groups[2].Value).ToList();
        Numbers = Lines.Select(line => Regex.Match(line, @"^\s*(\d+)\. ")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The text of each numbered step, in order.</summary>
    public IReadOnlyList<string> Steps { get; }

    private IReadOnlyList<string> Numbers { get; }

    /// <summary>The steps are numbered 1, 2, 3, … and each starts with the expected text, in order.</summary>
    public void AssertSteps(IReadOnlyList<string> expected)
    {
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), Numbers);
        Assert.All(expected.Zip(Steps), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    /// <summary>The last line that is not empty.</summary>
    public string LastLine => Lines.Last(line => line.Length > 0);
}
