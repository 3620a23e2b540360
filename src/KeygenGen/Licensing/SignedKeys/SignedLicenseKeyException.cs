using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>A signed license key is malformed, forged, of an unsupported scheme, or (JWT) outside its validity period.</summary>
public sealed class SignedLicenseKeyException : KeygenVerificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description; never contains the key.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SignedLicenseKeyException(VerificationFailureReason reason, string message, Exception? innerException = null)
        : base(reason, message, innerException)
    {
    }
}
