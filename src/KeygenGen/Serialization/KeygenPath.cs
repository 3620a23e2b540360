using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Keygen.Serialization;

/// <summary>Builds request paths for generated clients.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenPath
{
    /// <summary>
    /// Escapes one path segment. Keygen ids may be aliases (a license key, a fingerprint, an email), which can
    /// contain any character, so every segment is percent-encoded; an empty id is refused rather than
    /// silently addressing the collection.
    /// </summary>
    public static string Segment(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }

    /// <summary>
    /// The values of a call's secret inputs (a license key used as an id, a key filter, a password in <c>meta</c>) to
    /// keep out of its logs, traces and error messages; <see langword="null"/> when there are none. A UUID is a
    /// resource id rather than a key, so it stays visible where the same parameter takes either.
    /// </summary>
    public static IReadOnlyList<string>? Secrets(params string?[] values)
    {
        List<string>? secrets = null;
        foreach (string? value in values)
        {
            if (!string.IsNullOrEmpty(value) && !Guid.TryParse(value, out _))
            {
                (secrets ??= []).Add(value);
            }
        }

        return secrets;
    }
}
