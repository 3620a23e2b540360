using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace Keygen;

/// <summary>
/// What the settings a client and a call share must look like (API version, environment, timeout, retries). Both
/// <see cref="KeygenClientOptions"/> and <see cref="KeygenCallOptions"/> are checked here, so the two can never disagree.
/// </summary>
internal static class OptionRules
{
    public const int MaxRetriesLimit = 10;

    /// <summary>A Keygen API version: two dot-separated numbers, e.g. <c>1.8</c>.</summary>
    public static bool IsApiVersion(string? version)
    {
        if (version is null)
        {
            return false;
        }

        int dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(version.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>A value that can travel in a header or a path segment as is: visible ASCII only.</summary>
    public static bool IsHeaderToken(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (c is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A positive timeout, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>.</summary>
    public static bool IsTimeout(TimeSpan timeout) =>
        timeout > TimeSpan.Zero || timeout == System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Adds what is wrong with <paramref name="retry"/>, naming it as <paramref name="name"/> (e.g. <c>Retry</c>).</summary>
    public static void RetryProblems(KeygenRetryOptions? retry, string name, List<string> problems)
    {
        if (retry is null)
        {
            problems.Add($"{name} must not be null; use KeygenRetryOptions.Disabled to turn retries off.");
            return;
        }

        if (retry.MaxRetries is < 0 or > MaxRetriesLimit)
        {
            problems.Add(FormattableString.Invariant($"{name}.MaxRetries must be between 0 and {MaxRetriesLimit}."));
        }

        if (retry.InitialDelay < TimeSpan.Zero || retry.MaxDelay < retry.InitialDelay)
        {
            problems.Add($"{name}.InitialDelay must not be negative and {name}.MaxDelay must not be shorter than it.");
        }

        if (retry.MaxRetryAfter < TimeSpan.Zero)
        {
            problems.Add($"{name}.MaxRetryAfter must not be negative.");
        }
    }

    /// <summary>Whether <paramref name="name"/> and <paramref name="value"/> can be sent as a request header as they are.</summary>
    public static bool IsSendableHeader(string name, string value)
    {
        foreach (char c in value)
        {
            // Line breaks would let a value inject headers of its own.
            if (char.IsControl(c))
            {
                return false;
            }
        }

        using var probe = new HttpRequestMessage();
        return probe.Headers.TryAddWithoutValidation(name, value);
    }
}
