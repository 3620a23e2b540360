using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Emulator.Storage;

/// <summary>
/// The emulator's stand-in for an object store (Keygen's S3 or R2 bucket): uploads stream into files of one directory,
/// a temporary one by default that is deleted when the emulator stops, or <see cref="KeygenEmulatorOptions.StorageDirectory"/>.
/// </summary>
internal sealed class ObjectStore : IDisposable
{
    private readonly string _directory;
    private readonly bool _ownsDirectory;

    public ObjectStore(string? directory)
    {
        _ownsDirectory = directory is null;
        _directory = directory ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "keygen-emulator-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Streams <paramref name="body"/> into a new object; nothing is kept when the upload breaks off.</summary>
    public async Task<StoredObject> WriteAsync(Stream body, string contentType, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var id = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(_directory, id);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            return new StoredObject(path, file.Length, contentType, $"\"{id}\"");
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Deletes the directory when the store made it.</summary>
    public void Dispose()
    {
        if (_ownsDirectory && Directory.Exists(_directory))
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A download still holds a file open on a platform that cannot delete open files; the OS cleans temp.
            }
        }
    }
}
