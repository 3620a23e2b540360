using System;
using System.Security.Cryptography;

namespace Keygen.Emulator.Seeding;

/// <summary>The throwaway values factories fill in where Keygen's use Faker: unique, recognisable, never asserted on.</summary>
internal static class SeedNames
{
    public static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>E.g. <c>Product 3fa2c1d0</c>.</summary>
    public static string Named(string noun) => $"{noun} {Hex(4)}";

    /// <summary>An identifier given as <c>id</c>, else a new one.</summary>
    public static Guid Id(SeedBuild build) => build.Take("id")?.String() is { } given ? Guid.Parse(given) : Guid.NewGuid();

    /// <summary>Rails' <c>humanize</c> of a code: <c>isolated</c> → <c>Isolated</c>, <c>ALPHA</c> → <c>Alpha</c>.</summary>
    public static string Humanize(string code)
    {
        var text = code.Replace('_', ' ').ToLowerInvariant();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
