using System;

namespace Keygen.Emulator;

/// <summary>Settings of a <see cref="KeygenEmulator"/>. Every setting has a default, so <c>new KeygenEmulatorOptions()</c> works.</summary>
public sealed class KeygenEmulatorOptions
{
    /// <summary>Where to listen. The default, <c>http://127.0.0.1:0</c>, picks a free port on the loopback interface.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>
    /// The account served under <c>/v1/accounts/{account}</c>: a slug (its UUID is then derived from it, so it is
    /// stable across runs) or a UUID. Either form works in request paths. Default <c>demo</c>.
    /// </summary>
    public string Account { get; set; } = "demo";

    /// <summary>The email of the account's admin user (who can sign in with Basic email:password on <c>POST /tokens</c>).</summary>
    public string AdminEmail { get; set; } = "admin@example.com";

    /// <summary>The admin user's password.</summary>
    public string AdminPassword { get; set; } = "admin-password";

    /// <summary>The admin's bearer token. Default: a fresh token in Keygen's format, <c>admin-…v3</c>.</summary>
    public string? AdminToken { get; set; }

    /// <summary>
    /// The account's Ed25519 private key as 64 hex characters (a 32-byte seed). Default: a fresh key per start.
    /// Set it to keep the same public key across runs.
    /// </summary>
    public string? SigningKeyHex { get; set; }

    /// <summary>
    /// When true, accounts take their Ed25519, RSA-2048 and ECDSA P-256 keys from a pool made once per process, by the
    /// order they are created in (the first account of every such emulator in the process has the same keys; accounts of
    /// one emulator still differ), instead of fresh keys each: generating an RSA key costs tens of milliseconds. For test
    /// suites that start, reset or seed many emulators. <see cref="SigningKeyHex"/>, when set, still wins for the first
    /// account. Default false.
    /// </summary>
    public bool ReuseSigningKeys { get; set; }

    /// <summary>Requests allowed per minute per client and credential before a 429; 0 turns throttling (and its headers) off.</summary>
    public int RateLimitPerMinute { get; set; } = 6000;

    /// <summary>The emulator's clock: license expiry, check-ins, heartbeats and response dates all follow it.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Accepts webhook endpoints on loopback hosts (<c>127.0.0.0/8</c>, <c>[::1]</c>, <c>localhost</c>) over <c>http</c> or
    /// <c>https</c>, and delivers events to them: POSTed and signed as Keygen sends them, retried with Keygen's backoff on
    /// the emulator's clock. Off by default, when endpoints follow Keygen's rule (<c>https</c> on a public host). Only
    /// loopback endpoints are ever sent to; events for any other endpoint are recorded and stay <c>DELIVERING</c>.
    /// </summary>
    public bool DeliverWebhooksToLoopback { get; set; }

    /// <summary>
    /// The edition the emulator answers as (default <see cref="KeygenEdition.Enterprise"/>, as Keygen Cloud). Changeable
    /// later through <see cref="KeygenEmulator.Edition"/>.
    /// </summary>
    public KeygenEdition Edition { get; set; } = KeygenEdition.Enterprise;

    /// <summary>
    /// Does the work of Keygen's scheduled jobs as the clock passes (culling dead machines and processes and announcing
    /// their deaths; checked before every request). Default true. A harness that replays Keygen's own test environment,
    /// where no scheduled job runs, turns it off.
    /// </summary>
    public bool RunScheduledJobs { get; set; } = true;

    /// <summary>
    /// Where uploaded artifacts are kept (one file each). Default: a new temporary directory, deleted when the emulator stops;
    /// a directory given here is left in place.
    /// </summary>
    public string? StorageDirectory { get; set; }

    /// <summary>Keeps the emulator running until Ctrl-C or SIGTERM when true; only the standalone program wants that.</summary>
    internal bool HandleConsoleSignals { get; set; }
}
