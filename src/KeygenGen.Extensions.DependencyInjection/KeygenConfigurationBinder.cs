using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="KeygenClientOptions"/> from configuration by hand: no reflection (trimming- and AOT-safe), and every problem
/// reported at once, naming the key. Unknown keys are errors, because a misspelt "Tokn" would otherwise be ignored silently.
/// An empty value leaves the option at its default, so templates such as <c>"Token": ""</c> can be filled in by another source.
/// </summary>
internal static class KeygenConfigurationBinder
{
    private const string TimeSpanExpected = "a time span such as \"00:00:30\"";

    private static readonly Dictionary<string, Setting> Settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Account"] = Text((o, v) => o.Account = v),
        ["BaseUrl"] = Parsed<Uri>(TryParseUrl, (o, v) => o.BaseUrl = v, "an absolute URL such as \"https://api.keygen.sh\"", showsValue: false),
        ["UseAccountlessPaths"] = Parsed<bool>(bool.TryParse, (o, v) => o.UseAccountlessPaths = v, "true or false"),
        ["Token"] = Text((o, v) => o.Token = v),
        ["LicenseKey"] = Text((o, v) => o.LicenseKey = v),
        ["ApiVersion"] = Text((o, v) => o.ApiVersion = v),
        ["Environment"] = Text((o, v) => o.Environment = v),
        ["UserAgentSuffix"] = Text((o, v) => o.UserAgentSuffix = v),
        ["Timeout"] = Parsed<TimeSpan>(TryParseTimeSpan, (o, v) => o.Timeout = v, TimeSpanExpected),
        ["PublicKey"] = Text((o, v) => o.PublicKey = v),
        ["Retry:MaxRetries"] = Parsed<int>(TryParseInt, (o, v) => o.Retry.MaxRetries = v, "a whole number"),
        ["Retry:InitialDelay"] = Parsed<TimeSpan>(TryParseTimeSpan, (o, v) => o.Retry.InitialDelay = v, TimeSpanExpected),
        ["Retry:MaxDelay"] = Parsed<TimeSpan>(TryParseTimeSpan, (o, v) => o.Retry.MaxDelay = v, TimeSpanExpected),
        ["Retry:MaxRetryAfter"] = Parsed<TimeSpan>(TryParseTimeSpan, (o, v) => o.Retry.MaxRetryAfter = v, TimeSpanExpected),
    };

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>Sets the options found in <paramref name="configuration"/> (a section, or a configuration holding only Keygen keys).</summary>
    /// <exception cref="KeygenConfigurationException">The section is missing, a key is unknown or a value cannot be read.</exception>
    public static void Bind(IConfiguration configuration, KeygenClientOptions options)
    {
        var section = configuration as IConfigurationSection;
        if (section is not null && !section.Exists())
        {
            throw new KeygenConfigurationException(
                $"The configuration section \"{section.Path}\" is missing or empty; add it, e.g. \"{section.Path}\": {{ \"Account\": \"…\", \"Token\": \"…\" }}, " +
                "or pass the section that holds the Keygen settings.");
        }

        var problems = new List<string>();
        foreach ((string key, string? value) in configuration.AsEnumerable(makePathsRelative: true).OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (value is null)
            {
                continue; // A section such as "Retry"; its values come as their own keys.
            }

            string path = section is null ? key : ConfigurationPath.Combine(section.Path, key);
            if (!Settings.TryGetValue(key, out Setting? setting))
            {
                // The value is never quoted: an unknown key may well hold a secret ("ApiToken").
                problems.Add($"{path} is not a KeygenClientOptions setting (known: {string.Join(", ", Settings.Keys)}).");
            }
            else if (value.Length > 0 && !setting.TryApply(options, value))
            {
                problems.Add($"{path} {(setting.ShowsValue ? $"\"{value}\" " : string.Empty)}is not {setting.Expected}.");
            }
        }

        if (problems.Count > 0)
        {
            throw new KeygenConfigurationException("The configuration for KeygenClientOptions is invalid: " + string.Join(" ", problems));
        }
    }

    private static Setting Text(Action<KeygenClientOptions, string> set) =>
        new(
            (options, text) =>
            {
                set(options, text);
                return true;
            },
            "text");

    private static Setting Parsed<T>(TryParse<T> parse, Action<KeygenClientOptions, T> set, string expected, bool showsValue = true) =>
        new(
            (options, text) =>
            {
                if (!parse(text, out T value))
                {
                    return false;
                }

                set(options, value);
                return true;
            },
            expected,
            showsValue);

    private static bool TryParseUrl(string text, out Uri value) => Uri.TryCreate(text, UriKind.Absolute, out value!);

    private static bool TryParseTimeSpan(string text, out TimeSpan value) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);

    private static bool TryParseInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>How one key is applied.</summary>
    /// <param name="TryApply">Parses the value and sets the option; <see langword="false"/> when the value cannot be read.</param>
    /// <param name="Expected">What a readable value looks like, for the error message.</param>
    /// <param name="ShowsValue">Whether a value that cannot be read may be quoted in the message (not for URLs, which can hold credentials).</param>
    private sealed record Setting(Func<KeygenClientOptions, string, bool> TryApply, string Expected, bool ShowsValue = true);
}
