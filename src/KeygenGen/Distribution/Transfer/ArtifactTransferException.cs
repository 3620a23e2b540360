using System;

namespace Keygen.Distribution;

/// <summary>
/// Artifact storage (the presigned upload or download URL Keygen redirects to) refused a transfer, or Keygen has no
/// download for the artifact yet. Network faults that outlast the retries are <see cref="KeygenTransportException"/>s, and a
/// download that arrives but does not match the artifact is an <see cref="ArtifactVerificationException"/>. Messages never
/// contain a presigned URL's query, which is a credential.
/// </summary>
public sealed class ArtifactTransferException : KeygenException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; must not contain a presigned URL's query.</param>
    /// <param name="storageStatusCode">The HTTP status storage answered with, if it answered.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ArtifactTransferException(string message, int? storageStatusCode = null, Exception? innerException = null)
        : base(message, null, innerException)
    {
        StorageStatusCode = storageStatusCode;
    }

    /// <summary>The HTTP status the storage service answered with (e.g. 403 for an expired URL), when it answered.</summary>
    public int? StorageStatusCode { get; }
}
