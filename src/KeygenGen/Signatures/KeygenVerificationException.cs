using System;

namespace Keygen.Signatures;

/// <summary>
/// The base of every offline verification failure: response and webhook signatures, license and machine
/// files, signed license keys. <see cref="Reason"/> says what failed; messages never contain secrets.
/// It is a <see cref="KeygenException"/>, so <c>catch (KeygenException)</c> also catches a forged, altered or
/// stale response; no <see cref="KeygenException.Response"/> is attached, since an unverified one must not be used.
/// </summary>
public class KeygenVerificationException : KeygenException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description that holds no secret.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KeygenVerificationException(VerificationFailureReason reason, string message, Exception? innerException = null)
        : base(message, null, innerException)
    {
        Reason = reason;
    }

    /// <summary>What failed.</summary>
    public VerificationFailureReason Reason { get; }
}
