using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>A machine's offline activation proof is malformed, forged or altered, or no RSA key was given to check it.</summary>
public sealed class OfflineProofException : KeygenVerificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description; never contains the proof, which holds the license key.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public OfflineProofException(VerificationFailureReason reason, string message, Exception? innerException = null)
        : base(reason, message, innerException)
    {
    }
}
