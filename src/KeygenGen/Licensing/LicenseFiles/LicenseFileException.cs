using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>A license file or machine file failed to parse, verify, decrypt, or is outside its validity period.</summary>
public sealed class LicenseFileException : KeygenVerificationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What failed.</param>
    /// <param name="message">A human-readable description that holds no secret.</param>
    /// <param name="dataset">The authentic dataset, when the file verified and decrypted but failed a time check.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public LicenseFileException(VerificationFailureReason reason, string message, LicenseFileDataset? dataset = null, Exception? innerException = null)
        : base(reason, message, innerException)
    {
        Dataset = dataset;
    }

    /// <summary>
    /// For <see cref="VerificationFailureReason.Expired"/> and <see cref="VerificationFailureReason.IssuedInFuture"/>:
    /// the verified, decrypted dataset (e.g. to tell the user when it expired); otherwise null.
    /// </summary>
    public LicenseFileDataset? Dataset { get; }
}
