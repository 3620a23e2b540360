using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Serialization.Converters;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// The offline half of <see cref="KeygenLicensing"/>: the stored license or machine file, verified on every read (signature,
/// decryption with the key and fingerprint, issue time against clock tampering, expiry) and checked to belong to this
/// license and machine before its license is judged: suspended, banned, expired or valid.
/// </summary>
internal sealed class OfflineLicense
{
    /// <summary>How long a file without expiry is used before a valid validation replaces it.</summary>
    private static readonly TimeSpan RefreshNonExpiringAfter = TimeSpan.FromDays(1);

    private readonly ILicenseFileStore _store;
    private readonly LicenseFileReader _reader;
    private readonly string _licenseKey;
    private readonly OfflineFileKind _kind;
    private readonly TimeProvider _time;

    public OfflineLicense(ILicenseFileStore store, LicenseFileReader reader, string licenseKey, OfflineFileKind kind, TimeProvider time)
    {
        _store = store;
        _reader = reader;
        _licenseKey = licenseKey;
        _kind = kind;
        _time = time;
    }

    public OfflineFileKind Kind => _kind;

    public ILicenseFileStore Store => _store;

    /// <summary>Verifies <paramref name="certificate"/> as this license's (and for machine files this machine's) file.</summary>
    /// <exception cref="LicenseFileException">Forged, undecryptable, expired, issued in the future, or someone else's.</exception>
    public LicenseFileDataset Verify(string certificate, string fingerprint)
    {
        var dataset = _kind == OfflineFileKind.LicenseFile
            ? _reader.ReadLicenseFile(certificate, _licenseKey)
            : _reader.ReadMachineFile(certificate, _licenseKey, fingerprint);
        if (_kind == OfflineFileKind.MachineFile && dataset.Data.StringAt("attributes", "fingerprint") != fingerprint)
        {
            throw WrongSubject("another machine");
        }

        if (LicenseOf(dataset).StringAt("attributes", "key") != _licenseKey)
        {
            throw WrongSubject("another license");
        }

        return dataset;
    }

    /// <summary>The outcome from the stored file, or <see cref="LicenseOutcome.Unreachable"/> saying why there is none.</summary>
    public async Task<LicenseOutcome> FallBackAsync(string fingerprint, KeygenException cause, CancellationToken cancellationToken)
    {
        try
        {
            var certificate = await _store.ReadAsync(cancellationToken).ConfigureAwait(false);
            return certificate is null
                ? LicenseOutcomes.Unreachable(cause, offlineProblem: null)
                : Judge(Verify(certificate, fingerprint));
        }
        catch (Exception e) when (e is LicenseFileException or IOException or UnauthorizedAccessException)
        {
            return LicenseOutcomes.Unreachable(cause, e);
        }
    }

    /// <summary>Whether the stored file should be replaced: missing, unusable, or past half its lifetime.</summary>
    public async Task<bool> NeedsRefreshAsync(string fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            if (await _store.ReadAsync(cancellationToken).ConfigureAwait(false) is not { } certificate)
            {
                return true;
            }

            var dataset = Verify(certificate, fingerprint);
            var lifetime = dataset.Expiry - dataset.Issued ?? TimeSpan.FromTicks(RefreshNonExpiringAfter.Ticks * 2);
            return _time.GetUtcNow() - dataset.Issued > TimeSpan.FromTicks(lifetime.Ticks / 2);
        }
        catch (Exception e) when (e is LicenseFileException or IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Judges the license recorded in a verified file as Keygen would have, as far as a file can tell.</summary>
    private LicenseOutcome Judge(LicenseFileDataset dataset)
    {
        var license = ReadLicense(LicenseOf(dataset));
        var accessAfterExpiry = dataset.IncludedOfType("policies").FirstOrDefault().StringAt("attributes", "expirationStrategy") is "ALLOW_ACCESS" or "MAINTAIN_ACCESS";
        var (valid, code, detail) = license switch
        {
            { Status.Value: "BANNED" } => (false, ValidationCode.Banned, "is banned"),
            { Suspended: true } => (false, ValidationCode.Suspended, "is suspended"),
            { Expiry: { } expiry } when expiry < _time.GetUtcNow() => (accessAfterExpiry, ValidationCode.Expired, "is expired"),
            _ => (true, ValidationCode.Valid, "is valid"),
        };
        return LicenseOutcomes.From(new OutcomeFacts(valid, code, $"{detail} (offline, from the file issued {dataset.Issued:u})", license, dataset));
    }

    private JsonElement LicenseOf(LicenseFileDataset dataset) =>
        _kind == OfflineFileKind.LicenseFile
            ? dataset.Data
            : dataset.IncludedOfType(License.JsonApiType).Cast<JsonElement?>().FirstOrDefault()
              ?? throw new LicenseFileException(VerificationFailureReason.MalformedInput, "The machine file does not include its license; check it out with include=license.", dataset);

    private static License ReadLicense(JsonElement resource)
    {
        try
        {
            // Written out first, as the generated reader reads UTF-8; writing fails too on text that has no UTF-8 form.
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                resource.WriteTo(writer);
            }

            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            reader.Read();
            return LicenseJsonConverter.ReadValue(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // What the generated readers raise for a value of the wrong kind, as for a malformed response.
            throw new LicenseFileException(VerificationFailureReason.MalformedInput, "The license in the file is not a license resource: " + e.Message, innerException: e);
        }
    }

    private static LicenseFileException WrongSubject(string whose) =>
        new(VerificationFailureReason.WrongSubject, $"The stored file is authentic but belongs to {whose}; it is ignored.");
}
