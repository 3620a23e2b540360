using System;

namespace Keygen.Signatures;

/// <summary>A signed HTTP response or webhook request failed verification.</summary>
public sealed class KeygenSignatureException : KeygenVerificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description that holds no secret.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KeygenSignatureException(VerificationFailureReason reason, string message, Exception? innerException = null)
        : base(reason, message, innerException)
    {
    }
}
