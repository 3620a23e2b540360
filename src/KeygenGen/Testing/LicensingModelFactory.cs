using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keygen.Licensing;

/// <summary>
/// Builds what <see cref="KeygenLicensing"/> returns, for test doubles of it: outcomes (chosen by validation code exactly as
/// the façade chooses them, with the same hints), a license-file dataset, and a running heartbeat whose pings you supply.
/// </summary>
public static class LicensingModelFactory
{
    /// <summary>
    /// The outcome of a validation Keygen answered with <paramref name="code"/>: <see cref="ValidationCode.Valid"/> gives
    /// <see cref="LicenseOutcome.Valid"/>, <see cref="ValidationCode.NoMachine"/> <see cref="LicenseOutcome.NotActivated"/>, and so on.
    /// </summary>
    /// <param name="code">Keygen's validation code.</param>
    /// <param name="license">The license validated, if any.</param>
    /// <param name="valid">Keygen's <c>valid</c>; default: whether the code is VALID (a policy can allow others, e.g. EXPIRED under ALLOW_ACCESS).</param>
    /// <param name="detail">Keygen's explanation; default: the code.</param>
    /// <param name="offlineFile">The offline file the outcome was judged from, for an outcome as <c>ValidateAsync</c> gives it while Keygen is unreachable.</param>
    /// <returns>The outcome.</returns>
    public static LicenseOutcome Outcome(ValidationCode code, License? license = null, bool? valid = null, string? detail = null, LicenseFileDataset? offlineFile = null) =>
        LicenseOutcomes.From(new OutcomeFacts(valid ?? code == ValidationCode.Valid, code, detail ?? code.Value, license, offlineFile));

    /// <summary>The outcome while Keygen cannot be reached and no usable offline file is stored.</summary>
    /// <param name="cause">What failed; default: a refused connection.</param>
    /// <returns>A <see cref="LicenseOutcome.Unreachable"/>.</returns>
    public static LicenseOutcome Unreachable(KeygenException? cause = null) =>
        LicenseOutcomes.Unreachable(cause ?? KeygenModelFactory.TransportException(), offlineProblem: null);

    /// <summary>The outcome of an answer that failed its signature checks.</summary>
    /// <param name="cause">The failed check; default: an invalid signature.</param>
    /// <returns>A <see cref="LicenseOutcome.Untrusted"/>.</returns>
    public static LicenseOutcome Untrusted(Signatures.KeygenVerificationException? cause = null) =>
        LicenseOutcomes.Untrusted(cause ?? new Signatures.KeygenSignatureException(
            Signatures.VerificationFailureReason.SignatureInvalid, "The Keygen-Signature does not match (test double)."));

    /// <summary>A license or machine file's content, as <see cref="KeygenLicensing.CheckOutAsync"/> returns it once verified and decrypted.</summary>
    /// <param name="json">The dataset: a JSON:API document with <c>data</c>, <c>included</c> and <c>meta.issued</c> (and <c>meta.expiry</c> or <c>meta.ttl</c>).</param>
    /// <param name="kind">License file or machine file.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="LicenseFileException">The JSON is not a dataset (<see cref="Signatures.VerificationFailureReason.MalformedInput"/>).</exception>
    public static LicenseFileDataset LicenseFileDataset(string json, LicenseFileKind kind = LicenseFileKind.License)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Licensing.LicenseFileDataset.Parse(kind, Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// A running heartbeat that calls <paramref name="ping"/> instead of Keygen, on the real schedule: jittered within
    /// <paramref name="window"/>, retried sooner after a failure, dead after <c>MACHINE_HEARTBEAT_DEAD</c> or a 404.
    /// </summary>
    /// <param name="kind">Machine or process.</param>
    /// <param name="resourceId">The machine's or process's id.</param>
    /// <param name="ping">One ping: returns the window Keygen enforces until the next one, or throws what Keygen would.</param>
    /// <param name="window">The window the heartbeat starts with; default 10 minutes, Keygen's default.</param>
    /// <param name="options">Interval, retry interval and jitter; null for the defaults.</param>
    /// <param name="timeProvider">The clock the schedule runs on, e.g. a fake one; default the system clock.</param>
    /// <param name="stoppingToken">Stops the heartbeat when cancelled.</param>
    /// <returns>The heartbeat; dispose it to stop it.</returns>
    /// <exception cref="KeygenConfigurationException">The options do not fit the window.</exception>
    public static KeygenHeartbeat Heartbeat(
        HeartbeatKind kind,
        string resourceId,
        Func<CancellationToken, Task<TimeSpan>> ping,
        TimeSpan? window = null,
        HeartbeatOptions? options = null,
        TimeProvider? timeProvider = null,
        CancellationToken stoppingToken = default)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ArgumentNullException.ThrowIfNull(ping);
        options ??= new HeartbeatOptions();
        var lifetime = window ?? TimeSpan.FromMinutes(10);
        var problems = string.Join(" ", options.Problems(lifetime));
        if (problems.Length > 0)
        {
            throw new KeygenConfigurationException(problems);
        }

        var start = new HeartbeatStart(kind, resourceId, lifetime, options, timeProvider ?? TimeProvider.System, NullLogger.Instance);
        return new KeygenHeartbeat(start, ping, release: null, stoppingToken);
    }
}
