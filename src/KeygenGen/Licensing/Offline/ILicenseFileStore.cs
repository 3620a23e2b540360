using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Licensing;

/// <summary>
/// Where <see cref="KeygenLicensing"/> keeps the last checked-out license or machine file for offline use. The text is
/// signed (and encrypted), so the store needs no protection of its own: whatever it returns is verified on every read.
/// </summary>
public interface ILicenseFileStore
{
    /// <summary>The stored certificate, or null when none is stored.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<string?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="certificate"/>, replacing any previous one.</summary>
    /// <param name="certificate">The certificate text (<c>-----BEGIN LICENSE FILE-----</c> …).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask WriteAsync(string certificate, CancellationToken cancellationToken);

    /// <summary>Removes the stored certificate, if any.</summary>
    /// <param name="cancellationToken">Cancels the removal.</param>
    ValueTask DeleteAsync(CancellationToken cancellationToken);
}
