using System;
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
}
