using System;

namespace Keygen;

/// <summary>
/// The client is misconfigured: invalid <see cref="KeygenClientOptions"/>, or an operation needs credentials the client does
/// not have. The message names the option to set.
/// </summary>
public sealed class KeygenConfigurationException : KeygenException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which option fixes it; must not contain secrets.</param>
    public KeygenConfigurationException(string message)
        : base(message, null, null)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong and which option fixes it; must not contain secrets.</param>
    /// <param name="innerException">The underlying exception.</param>
    public KeygenConfigurationException(string message, Exception? innerException)
        : base(message, null, innerException)
    {
    }
}
