using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// Keeps the license file in one file on disk. Writes go to a temporary file that then replaces the old one, so a
/// crash mid-write never leaves a truncated file behind.
/// </summary>
public sealed class FileLicenseStore : ILicenseFileStore
{
    /// <summary>Creates a store for the file at <paramref name="path"/>; its folder is created on the first write.</summary>
    /// <param name="path">The file's path, e.g. <c>%LOCALAPPDATA%\MyApp\license.lic</c>.</param>
    public FileLicenseStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// The default store of one license on one Keygen account: a file under the user's local application data
    /// (<c>KeygenGen/licenses/&lt;hash&gt;.lic</c>), named by a hash so the key itself never appears in a path.
    /// </summary>
    /// <param name="accountRoot">The account's API root, which keeps two accounts' files apart.</param>
    /// <param name="licenseKey">The license key.</param>
    /// <exception cref="KeygenConfigurationException">This user has no local application data folder.</exception>
    public static FileLicenseStore ForLicense(string accountRoot, string licenseKey)
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(appData))
        {
            throw new KeygenConfigurationException(
                "This user has no local application data folder to keep the offline license file in; set KeygenLicensingOptions.Store.");
        }

        var name = Encodings.ToHexLower(SHA256.HashData(Encoding.UTF8.GetBytes(accountRoot + "\n" + licenseKey)))[..32];
        return new FileLicenseStore(System.IO.Path.Combine(appData, "KeygenGen", "licenses", name + ".lic"));
    }

    /// <inheritdoc />
    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(string certificate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, certificate, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Names the file.</summary>
    public override string ToString() => "FileLicenseStore " + Path;
}
