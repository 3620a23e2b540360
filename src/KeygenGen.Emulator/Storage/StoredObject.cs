using System.IO;

namespace Keygen.Emulator.Storage;

/// <summary>
/// The bytes of one uploaded artifact, kept in a file of the emulator's object store (never in memory, so a large
/// artifact costs disk, not the host's working set). Immutable: a new upload makes a new object.
/// </summary>
internal sealed class StoredObject
{
    public StoredObject(string path, long length, string contentType, string etag)
    {
        Path = path;
        Length = length;
        ContentType = contentType;
        ETag = etag;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>The <c>Content-Type</c> it was uploaded with, served back on download as object stores do.</summary>
    public string ContentType { get; }

    /// <summary>An opaque version tag, like an object store's <c>ETag</c>: a resumed download can ask for the same version.</summary>
    public string ETag { get; }

    /// <summary>Opens the bytes for reading; deleting the object meanwhile does not disturb a reader that has it open.</summary>
    /// <returns>The stream, or null when the object is gone.</returns>
    public FileStream? OpenRead()
    {
        try
        {
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Deletes the bytes (the artifact was replaced, deleted or yanked); a reader that has them open keeps reading.</summary>
    public void Discard()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Still open on a platform that cannot delete open files: the store's directory goes when the emulator stops.
        }
    }
}
