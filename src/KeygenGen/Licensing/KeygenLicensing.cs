using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Signatures;
using Microsoft.Extensions.Logging;

namespace Keygen.Licensing;

/// <summary>
/// Licensing for an app, on top of a <see cref="KeygenClient"/> configured with the license key
/// (<see cref="KeygenClientOptions.LicenseKey"/>) and the account's public key (<see cref="KeygenClientOptions.PublicKey"/>):
/// validate the key for this machine into one <see cref="LicenseOutcome"/>, activate and deactivate this machine, keep it
/// (or a process) alive with a <see cref="KeygenHeartbeat"/>, and work offline from a checked-out license or machine file
/// when Keygen cannot be reached; never when Keygen answered that the license is not valid.
/// Thread-safe; create one per license and reuse it. It does not own the client.
/// </summary>
/// <example>
/// <code>
/// var keygen = new KeygenClient(new KeygenClientOptions { Account = "acme", LicenseKey = key, PublicKey = "e8601e48…" });
/// var licensing = new KeygenLicensing(keygen, new MachineFingerprintProvider("my-app"));
/// var outcome = await licensing.ValidateAsync(ct);
/// if (outcome is LicenseOutcome.NotActivated)
/// {
///     await licensing.ActivateAsync(cancellationToken: ct);
///     outcome = await licensing.ValidateAsync(ct);
/// }
/// </code>
/// </example>
/// <remarks>
/// To test code that uses it without Keygen, derive a stub from it with the protected parameterless constructor and override
/// the members the code calls (build their results with <see cref="LicensingModelFactory"/>); to test against Keygen's
/// behaviour, run it against the emulator (<c>KeygenGen.Emulator</c>).
/// </remarks>
public class KeygenLicensing
{
    private const int DefaultHeartbeatSeconds = 600;
    private static readonly TimeSpan MinimumTtl = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaximumTtl = TimeSpan.FromSeconds(31556952);
    private static readonly IReadOnlyList<LicenseFileInclude> LicenseFileIncludes = [LicenseFileInclude.Entitlements, LicenseFileInclude.Policy];
    private static readonly IReadOnlyList<LicenseFileInclude> LicenseFileIncludesWithoutPolicy = [LicenseFileInclude.Entitlements];
    private static readonly IReadOnlyList<MachineFileInclude> MachineFileIncludes = [MachineFileInclude.License, MachineFileInclude.LicenseEntitlements, MachineFileInclude.LicensePolicy];
    private static readonly IReadOnlyList<MachineFileInclude> MachineFileIncludesWithoutPolicy = [MachineFileInclude.License, MachineFileInclude.LicenseEntitlements];

    private readonly KeygenClient _client;
    private readonly KeygenClient _anonymous;
    private readonly IMachineFingerprintProvider _fingerprints;
    private readonly OfflineLicense _offline;
    private readonly string _licenseKey;
    private readonly string? _productId;
    private readonly int? _ttlSeconds;
    private readonly bool _checkOutWhenValid;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>
    /// Whether check-outs still ask for the policy (whose expiration strategy the offline check reads). A license's
    /// default permissions lack <c>policy.read</c> (Keygen's license.rb), so Keygen refuses that include for a license
    /// key (403, license_file_policy.rb) unless the account grants it; after one refusal the file comes without it.
    /// </summary>
    private volatile bool _includePolicy = true;
    private string? _licenseId;

    /// <summary>
    /// For test doubles: a façade with no client, whose members throw <see cref="InvalidOperationException"/> unless a derived
    /// class overrides them. Production code uses the other constructor.
    /// </summary>
#pragma warning disable CS8618 // A test double has none of the collaborators; each public member checks for that first (LiveOrThrow).
    protected KeygenLicensing()
    {
    }
#pragma warning restore CS8618

    /// <summary>Creates the façade.</summary>
    /// <param name="client">A client configured with the license key and the account's public key (and, for policies with token authentication, an activation token).</param>
    /// <param name="fingerprints">This machine's fingerprint, e.g. <c>new MachineFingerprintProvider("my-app")</c>.</param>
    /// <param name="options">Offline file, store, scope and clock; null for the defaults.</param>
    /// <exception cref="KeygenConfigurationException">The client has no license key or public key, or an option is out of range.</exception>
    public KeygenLicensing(KeygenClient client, IMachineFingerprintProvider fingerprints, KeygenLicensingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fingerprints);
        options ??= new KeygenLicensingOptions();
        var settings = client.ClientSettings;
        _licenseKey = settings.LicenseKey
            ?? throw new KeygenConfigurationException("KeygenLicensing needs the license key: set KeygenClientOptions.LicenseKey.");
        var keys = settings.PublicKeys
            ?? throw new KeygenConfigurationException(
                "KeygenLicensing needs the account's public key to trust Keygen's answers and offline files: set KeygenClientOptions.PublicKey.");
        if (options.OfflineFileTtl is { } ttl && (ttl < MinimumTtl || ttl > MaximumTtl))
        {
            throw new KeygenConfigurationException("KeygenLicensingOptions.OfflineFileTtl must be between an hour and a year, or null for Keygen's default.");
        }

        _client = client;
        _anonymous = client.WithAuth(KeygenAuth.Anonymous);
        _fingerprints = fingerprints;
        _productId = options.ProductId;
        _ttlSeconds = options.OfflineFileTtl is { } lifetime ? (int)lifetime.TotalSeconds : null;
        _checkOutWhenValid = options.CheckOutWhenValid;
        _time = options.TimeProvider ?? settings.TimeProvider;
        _logger = settings.Logger;
        var reader = new LicenseFileReader(keys, new KeygenVerificationOptions { TimeProvider = _time });
        var store = options.Store ?? FileLicenseStore.ForLicense(settings.Endpoint.AccountRoot, _licenseKey);
        _offline = new OfflineLicense(store, reader, _licenseKey, options.OfflineFile, _time);
    }

    /// <summary>
    /// Validates the license key for this machine. Keygen's answer becomes the outcome; when Keygen cannot be reached (a
    /// transport fault, a 5xx or 429, a page that is not Keygen's), the stored offline file is verified and judged
    /// instead, or the outcome is <see cref="LicenseOutcome.Unreachable"/>. An answer that fails signature checks is
    /// <see cref="LicenseOutcome.Untrusted"/>. A valid answer keeps a fresh offline file (see
    /// <see cref="KeygenLicensingOptions.CheckOutWhenValid"/>); an invalid one removes the stored file, so going offline
    /// cannot revive a license Keygen refused.
    /// </summary>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <exception cref="KeygenApiException">Keygen refused the request itself (not a verdict on the license).</exception>
    /// <exception cref="MachineIdUnavailableException">The machine has no readable identifier.</exception>
    /// <exception cref="IOException">The offline file store failed while removing a refused license's file.</exception>
    public virtual async Task<LicenseOutcome> ValidateAsync(CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(ValidateAsync));
        var fingerprint = _fingerprints.GetFingerprint();
        LicenseOutcome outcome;
        try
        {
            outcome = await ValidateOnlineAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        }
        catch (KeygenVerificationException e)
        {
            return LicenseOutcomes.Untrusted(e);
        }
        catch (KeygenException e) when (IsUnreachable(e))
        {
            LicensingLog.FallingBack(_logger, e.Message);
            return await _offline.FallBackAsync(fingerprint, e, cancellationToken).ConfigureAwait(false);
        }

        await KeepOfflineFileAsync(outcome, fingerprint, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// Activates this machine for the license. When Keygen answers <c>FINGERPRINT_TAKEN</c> (a retry of an activation
    /// whose answer was lost, or another process activating at the same time), the existing machine is looked up and
    /// returned instead of failing.
    /// </summary>
    /// <param name="machineName">A name for the machine shown in Keygen, e.g. the user's computer name; optional.</param>
    /// <param name="cancellationToken">Cancels the activation.</param>
    /// <returns>The machine, new or existing.</returns>
    /// <exception cref="KeygenApiException">Keygen refused, e.g. <c>MACHINE_LIMIT_EXCEEDED</c>, or <c>LICENSE_SUSPENDED</c> with license-key authentication.</exception>
    /// <exception cref="KeygenLicensingException">The key matches no license.</exception>
    public virtual async Task<Machine> ActivateAsync(string? machineName = null, CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(ActivateAsync));
        var fingerprint = _fingerprints.GetFingerprint();
        var licenseId = await LicenseIdAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        try
        {
            return await _client.Machines.CreateAsync(new CreateMachineRequest
            {
                LicenseId = licenseId,
                Fingerprint = fingerprint,
                Name = machineName,
                Platform = HostPlatform.RuntimeIdentifier,
                Cores = Environment.ProcessorCount,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (KeygenApiException e) when (e.HasCode("FINGERPRINT_TAKEN"))
        {
            // Taken by this license's own machine: use it. Taken elsewhere (account-wide uniqueness): Keygen's error stands.
            if (await FindMachineAsync(licenseId, fingerprint, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing;
            }

            throw;
        }
    }

    /// <summary>Deactivates this machine and removes the stored offline file.</summary>
    /// <param name="cancellationToken">Cancels the deactivation.</param>
    /// <returns>Whether a machine was deactivated (false when this machine was not activated).</returns>
    /// <exception cref="KeygenApiException">Keygen refused, e.g. <c>DEACTIVATIONS_LIMIT_EXCEEDED</c>.</exception>
    /// <exception cref="KeygenLicensingException">The key matches no license.</exception>
    public virtual async Task<bool> DeactivateAsync(CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(DeactivateAsync));
        var fingerprint = _fingerprints.GetFingerprint();
        var machine = await FindMachineAsync(await LicenseIdAsync(fingerprint, cancellationToken).ConfigureAwait(false), fingerprint, cancellationToken).ConfigureAwait(false);
        await _offline.Store.DeleteAsync(cancellationToken).ConfigureAwait(false);
        if (machine is null)
        {
            return false;
        }

        try
        {
            await _client.Machines.DeleteAsync(machine.Id, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (KeygenApiException e) when (e.StatusCode == 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Checks out a signed, encrypted license or machine file (per <see cref="KeygenLicensingOptions.OfflineFile"/>),
    /// verifies it and stores it for offline use.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check-out.</param>
    /// <returns>The verified, decrypted file.</returns>
    /// <exception cref="KeygenLicensingException">The key matches no license, or (machine files) this machine is not activated.</exception>
    public virtual async Task<LicenseFileDataset> CheckOutAsync(CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(CheckOutAsync));
        return await CheckOutCoreAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pings for this machine now, then keeps pinging in the background until stopped.</summary>
    /// <param name="options">Interval, retry interval and jitter; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the first ping; cancelling it later stops the heartbeat.</param>
    /// <returns>The running heartbeat; dispose it to stop.</returns>
    /// <exception cref="KeygenApiException">The first ping was refused, e.g. <c>MACHINE_HEARTBEAT_DEAD</c>.</exception>
    /// <exception cref="KeygenLicensingException">This machine is not activated.</exception>
    public virtual async Task<KeygenHeartbeat> StartMachineHeartbeatAsync(HeartbeatOptions? options = null, CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(StartMachineHeartbeatAsync));
        var fingerprint = _fingerprints.GetFingerprint();
        var licenseId = await LicenseIdAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        var machine = await RequireMachineAsync(licenseId, fingerprint, cancellationToken).ConfigureAwait(false);
        var pinged = await _client.Machines.PingAsync(machine.Id, cancellationToken).ConfigureAwait(false);
        var start = Start(HeartbeatKind.Machine, machine.Id, pinged.HeartbeatDuration, options);
        return new KeygenHeartbeat(start, async token => Window((await _client.Machines.PingAsync(machine.Id, token).ConfigureAwait(false)).HeartbeatDuration), release: null, cancellationToken);
    }

    /// <summary>
    /// Spawns a process on this machine (counted against the license's process limit) and keeps it alive in the
    /// background; stopping the heartbeat removes the process.
    /// </summary>
    /// <param name="pid">The process id to register; default this process's.</param>
    /// <param name="options">Interval, retry interval and jitter; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the spawn; cancelling it later stops the heartbeat.</param>
    /// <returns>The running heartbeat; dispose it to stop and remove the process.</returns>
    /// <exception cref="KeygenApiException">Keygen refused the process, e.g. <c>MACHINE_PROCESS_LIMIT_EXCEEDED</c> or <c>PID_TAKEN</c>.</exception>
    /// <exception cref="KeygenLicensingException">This machine is not activated.</exception>
    public virtual async Task<KeygenHeartbeat> StartProcessHeartbeatAsync(string? pid = null, HeartbeatOptions? options = null, CancellationToken cancellationToken = default)
    {
        LiveOrThrow(nameof(StartProcessHeartbeatAsync));
        var fingerprint = _fingerprints.GetFingerprint();
        var licenseId = await LicenseIdAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        var machine = await RequireMachineAsync(licenseId, fingerprint, cancellationToken).ConfigureAwait(false);
        var process = await _client.Processes.CreateAsync(new CreateProcessRequest
        {
            MachineId = machine.Id,
            Pid = pid ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        HeartbeatStart start;
        try
        {
            start = Start(HeartbeatKind.Process, process.Id, process.Interval, options);
        }
        catch (KeygenConfigurationException)
        {
            await KillQuietlyAsync(process.Id).ConfigureAwait(false);
            throw;
        }

        return new KeygenHeartbeat(
            start,
            async token => Window((await _client.Processes.PingAsync(process.Id, token).ConfigureAwait(false)).Interval),
            release: token => _client.Processes.DeleteAsync(process.Id, token),
            cancellationToken);
    }

    /// <summary>The check-out itself, which validation also uses to refresh the stored file, whatever a derived class overrides.</summary>
    private async Task<LicenseFileDataset> CheckOutCoreAsync(CancellationToken cancellationToken)
    {
        var fingerprint = _fingerprints.GetFingerprint();
        var licenseId = await LicenseIdAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        string certificate;
        try
        {
            certificate = await CheckOutFileAsync(licenseId, fingerprint, _includePolicy, cancellationToken).ConfigureAwait(false);
        }
        catch (KeygenApiException e) when (e.StatusCode == 403 && _includePolicy)
        {
            _includePolicy = false;
            certificate = await CheckOutFileAsync(licenseId, fingerprint, includePolicy: false, cancellationToken).ConfigureAwait(false);
        }

        var dataset = _offline.Verify(certificate, fingerprint);
        await _offline.Store.WriteAsync(certificate, cancellationToken).ConfigureAwait(false);
        return dataset;
    }

    private async Task<string> CheckOutFileAsync(string licenseId, string fingerprint, bool includePolicy, CancellationToken cancellationToken)
        => _offline.Kind == OfflineFileKind.LicenseFile
            ? (await _client.Licenses.CheckOutAsync(licenseId, new CheckOutLicenseRequest
            {
                Encrypt = true,
                Algorithm = CheckoutAlgorithm.Aes256GcmEd25519,
                Ttl = _ttlSeconds,
                Include = includePolicy ? LicenseFileIncludes : LicenseFileIncludesWithoutPolicy,
            }, cancellationToken).ConfigureAwait(false)).Certificate
            : (await _client.Machines.CheckOutAsync((await RequireMachineAsync(licenseId, fingerprint, cancellationToken).ConfigureAwait(false)).Id, new CheckOutMachineRequest
            {
                Encrypt = true,
                Algorithm = CheckoutAlgorithm.Aes256GcmEd25519,
                Ttl = _ttlSeconds,
                Include = includePolicy ? MachineFileIncludes : MachineFileIncludesWithoutPolicy,
            }, cancellationToken).ConfigureAwait(false)).Certificate;

    /// <summary>Names the façade; the license key is never shown.</summary>
    public override string ToString() => _client is null
        ? $"KeygenLicensing {{ test double {GetType().Name} }}"
        : $"KeygenLicensing {{ {_client}, offline {_offline.Kind} in {_offline.Store} }}";

    /// <summary>Refuses a member a test double did not override: it has no client to call.</summary>
    private void LiveOrThrow(string member)
    {
        if (_client is null)
        {
            throw new InvalidOperationException(
                $"{GetType().Name} is a test double of KeygenLicensing without a client: override {member}, or create KeygenLicensing with a KeygenClient.");
        }
    }

    /// <summary>Keygen could not give a verdict: nothing it sent says anything about the license.</summary>
    private static bool IsUnreachable(KeygenException e) => e switch
    {
        KeygenTransportException or KeygenMalformedResponseException => true,
        KeygenApiException api => api.StatusCode >= 500 || api.StatusCode == 429,
        _ => false,
    };

    /// <summary>The heartbeat window Keygen enforces; its default when the answer does not say.</summary>
    private static TimeSpan Window(int seconds) => TimeSpan.FromSeconds(seconds > 0 ? seconds : DefaultHeartbeatSeconds);

    private HeartbeatStart Start(HeartbeatKind kind, string id, int windowSeconds, HeartbeatOptions? options)
    {
        options ??= new HeartbeatOptions();
        var window = Window(windowSeconds);
        var problems = options.Problems(window).ToList();
        return problems.Count == 0
            ? new HeartbeatStart(kind, id, window, options, _time, _logger)
            : throw new KeygenConfigurationException(string.Join(" ", problems));
    }

    /// <summary>validate-key, without credentials (any license can be validated by its key), scoped to this machine.</summary>
    private async Task<LicenseOutcome> ValidateOnlineAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var nonce = RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var validation = await _anonymous.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest
        {
            Key = _licenseKey,
            Nonce = nonce,
            Scope = new ValidationScope { Fingerprint = fingerprint, Product = _productId },
        }, cancellationToken).ConfigureAwait(false);

        // The nonce is inside the signed body: an answer recorded for another request cannot be replayed for this one.
        if (validation.Nonce != nonce)
        {
            throw new KeygenSignatureException(VerificationFailureReason.NonceMismatch, "The validation does not echo this request's nonce: it answers another request.");
        }

        if (validation.License is { } license)
        {
            Volatile.Write(ref _licenseId, license.Id);
        }

        return LicenseOutcomes.From(new OutcomeFacts(validation.Valid, validation.Code, validation.Detail, validation.License));
    }

    /// <summary>Keeps the offline file in step with Keygen's verdict: removed when refused, refreshed when valid and ageing.</summary>
    private async Task KeepOfflineFileAsync(LicenseOutcome outcome, string fingerprint, CancellationToken cancellationToken)
    {
        if (!outcome.IsValid)
        {
            await _offline.Store.DeleteAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!_checkOutWhenValid || !await _offline.NeedsRefreshAsync(fingerprint, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await CheckOutCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is KeygenException or IOException or UnauthorizedAccessException)
        {
            // The file is a cache of the verdict just given: failing to refresh it does not change that verdict.
            LicensingLog.RefreshFailed(_logger, e.Message);
        }
    }

    /// <summary>Removes a process that will not be kept alive. The error that led here is the one to report: if this fails too, the process dies unpinged.</summary>
    private async Task KillQuietlyAsync(string processId)
    {
        try
        {
            await _client.Processes.DeleteAsync(processId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (KeygenException e)
        {
            LicensingLog.ReleaseFailed(_logger, HeartbeatKind.Process, processId, e.Message);
        }
    }

    private async Task<string> LicenseIdAsync(string fingerprint, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _licenseId) is { } known)
        {
            return known;
        }

        var outcome = await ValidateOnlineAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        return outcome.License?.Id ?? throw new KeygenLicensingException("The license key matches no license. " + outcome.Hint, outcome);
    }

    private async Task<Machine?> FindMachineAsync(string licenseId, string fingerprint, CancellationToken cancellationToken)
    {
        var page = await _client.Machines.ListPageAsync(new ListMachinesRequest { License = licenseId, Fingerprint = fingerprint }, cancellationToken).ConfigureAwait(false);
        return page.Data.FirstOrDefault(machine => machine.Fingerprint == fingerprint);
    }

    private async Task<Machine> RequireMachineAsync(string licenseId, string fingerprint, CancellationToken cancellationToken) =>
        await FindMachineAsync(licenseId, fingerprint, cancellationToken).ConfigureAwait(false)
        ?? throw new KeygenLicensingException("This machine is not activated for the license: call ActivateAsync first.");
}
