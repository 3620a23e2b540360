using System;
using Keygen.Signatures;

namespace Keygen.Distribution;

/// <summary>
/// A downloaded artifact failed a check: its size (<see cref="VerificationFailureReason.SizeMismatch"/>), checksum
/// (<see cref="VerificationFailureReason.ChecksumMismatch"/>) or code signature
/// (<see cref="VerificationFailureReason.SignatureInvalid"/>, <see cref="VerificationFailureReason.SignatureMissing"/>), or
/// nothing vouches for it (<see cref="VerificationFailureReason.ChecksumMissing"/>). Whatever was being installed or
/// written in place is left as it was.
/// </summary>
public sealed class ArtifactVerificationException : KeygenVerificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description; never contains a URL's credentials.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ArtifactVerificationException(VerificationFailureReason reason, string message, Exception? innerException = null)
        : base(reason, message, innerException)
    {
    }
}
