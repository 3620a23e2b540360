using System;

namespace Keygen.Distribution;

/// <summary>
/// There is a newer release, but not one this app can install: it has no artifact by the configured name, or several or none
/// match the configured platform, architecture and file type.
/// </summary>
public sealed class KeygenUpgradeException : KeygenException
{
    internal KeygenUpgradeException(string message, Release release, Exception? innerException = null)
        : base(message, null, innerException)
    {
        Release = release;
    }

    /// <summary>The newer release.</summary>
    public Release Release { get; }
}
