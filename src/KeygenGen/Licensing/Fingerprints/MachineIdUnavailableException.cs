using System;

namespace Keygen.Licensing;

/// <summary>The platform's machine identifier could not be read; supply your own <see cref="IMachineFingerprintProvider"/>.</summary>
public sealed class MachineIdUnavailableException : KeygenException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was tried.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MachineIdUnavailableException(string message, Exception? innerException = null)
        : base(message, null, innerException)
    {
    }
}
