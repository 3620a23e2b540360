using System;

namespace Keygen.Licensing;

/// <summary>Settings of a <see cref="KeygenLicensing"/>; every one has a default, so <c>new KeygenLicensingOptions()</c> works.</summary>
public sealed class KeygenLicensingOptions
{
    /// <summary>Where the offline file is kept. Default: <see cref="FileLicenseStore.ForLicense"/>, under the user's local application data.</summary>
    public ILicenseFileStore? Store { get; set; }

    /// <summary>Which file to check out and fall back to offline. Default <see cref="OfflineFileKind.MachineFile"/>, which also proves the activation.</summary>
    public OfflineFileKind OfflineFile { get; set; } = OfflineFileKind.MachineFile;

    /// <summary>
    /// Whether a valid online validation also checks out a fresh offline file when the stored one is missing, unusable
    /// or past half its lifetime (a day, for files that never expire). Default true; a failed check-out does not change the outcome.
    /// </summary>
    public bool CheckOutWhenValid { get; set; } = true;

    /// <summary>The offline file's lifetime, between an hour and a year; null (the default) takes Keygen's, about a month.</summary>
    public TimeSpan? OfflineFileTtl { get; set; }

    /// <summary>A product id to scope validations to, so a key of another product of the account is not accepted.</summary>
    public string? ProductId { get; set; }

    /// <summary>The clock for offline checks and heartbeats. Default: the client's <see cref="KeygenClientOptions.TimeProvider"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
