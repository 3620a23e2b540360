namespace Keygen.Distribution;

/// <summary>How far an artifact upload or download has come, reported through <see cref="System.IProgress{T}"/>.</summary>
/// <param name="BytesTransferred">The bytes sent or received so far; after a resumed download, counted from the start of the file.</param>
/// <param name="TotalBytes">The size of the whole file, when known.</param>
public readonly record struct KeygenTransferProgress(long BytesTransferred, long? TotalBytes)
{
    /// <summary>The part done, between 0 and 1, when the size is known.</summary>
    public double? Fraction => TotalBytes is > 0 and var total ? (double)BytesTransferred / total : null;
}
