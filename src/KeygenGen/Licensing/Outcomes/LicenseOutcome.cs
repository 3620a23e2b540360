using System;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// What <see cref="KeygenLicensing.ValidateAsync"/> found, as one of a closed set of cases: switch on the type.
/// Each case carries Keygen's validation <see cref="Code"/> and <see cref="Detail"/>, the <see cref="License"/>, whether
/// the app may run (<see cref="IsValid"/>) and a short <see cref="Hint"/> saying what to do.
/// <code>
/// switch (await licensing.ValidateAsync(ct))
/// {
///     case { IsValid: true }: break;
///     case LicenseOutcome.NotActivated: await licensing.ActivateAsync(cancellationToken: ct); break;
///     case var other: Console.Error.WriteLine(other.Hint); break;
/// }
/// </code>
/// </summary>
public abstract class LicenseOutcome
{
    private protected LicenseOutcome(OutcomeFacts facts, string hint)
    {
        IsValid = facts.IsValid;
        Code = facts.Code;
        Detail = facts.Detail;
        License = facts.License;
        OfflineFile = facts.OfflineFile;
        Hint = hint;
    }

    /// <summary>
    /// Whether the license may be used: Keygen's <c>valid</c>. It can be true with a code other than VALID, when the
    /// policy allows it (an <see cref="Expired"/> license under ALLOW_ACCESS, an <see cref="OverLimit"/> one within its overage).
    /// </summary>
    public bool IsValid { get; }

    /// <summary>Keygen's validation code, e.g. <c>NO_MACHINE</c>; null when there was no validation (<see cref="Unreachable"/>, <see cref="Untrusted"/>).</summary>
    public ValidationCode? Code { get; }

    /// <summary>Keygen's explanation, e.g. <c>fingerprint is not activated (does not match any associated machines)</c>.</summary>
    public string Detail { get; }

    /// <summary>The license, when there is one: as Keygen answered, or as recorded in the offline file.</summary>
    public License? License { get; }

    /// <summary>What to do about it, in a sentence an app can show or log.</summary>
    public string Hint { get; }

    /// <summary>The verified offline file this outcome was read from, when Keygen could not be reached; null for an online answer.</summary>
    public LicenseFileDataset? OfflineFile { get; }

    /// <summary>Whether the outcome comes from the offline file rather than from Keygen.</summary>
    public bool IsOffline => OfflineFile is not null;

    /// <summary>The case, code, detail and hint; never the license key.</summary>
    public override string ToString() => $"{GetType().Name}{(IsOffline ? " (offline)" : string.Empty)}: {Code?.Value ?? "no validation"} ({Detail}). {Hint}";

    /// <summary>The license is valid for this machine (<c>VALID</c>).</summary>
    public sealed class Valid : LicenseOutcome
    {
        internal Valid(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>This machine is not activated for the license (<c>NO_MACHINE</c>, <c>NO_MACHINES</c>, <c>FINGERPRINT_SCOPE_MISMATCH</c>).</summary>
    public sealed class NotActivated : LicenseOutcome
    {
        internal NotActivated(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>The license requires heartbeats and this machine has not sent one yet (<c>HEARTBEAT_NOT_STARTED</c>).</summary>
    public sealed class HeartbeatNotStarted : LicenseOutcome
    {
        internal HeartbeatNotStarted(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>This machine stopped sending heartbeats and Keygen considers it dead (<c>HEARTBEAT_DEAD</c>).</summary>
    public sealed class HeartbeatDead : LicenseOutcome
    {
        internal HeartbeatDead(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>The license has expired (<c>EXPIRED</c>); <see cref="IsValid"/> says whether the policy still allows access.</summary>
    public sealed class Expired : LicenseOutcome
    {
        internal Expired(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>The license is suspended (<c>SUSPENDED</c>).</summary>
    public sealed class Suspended : LicenseOutcome
    {
        internal Suspended(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>The license's owner is banned (<c>BANNED</c>).</summary>
    public sealed class Banned : LicenseOutcome
    {
        internal Banned(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>The license is overdue for a check-in (<c>OVERDUE</c>).</summary>
    public sealed class CheckInOverdue : LicenseOutcome
    {
        internal CheckInOverdue(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>
    /// The license is used beyond a limit: machines, cores, memory, disk, processes or users (<c>TOO_MANY_*</c>,
    /// <c>TOO_MUCH_*</c>); <see cref="IsValid"/> says whether the policy's overage allowance still covers it.
    /// </summary>
    public sealed class OverLimit : LicenseOutcome
    {
        internal OverLimit(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>No license has this key (<c>NOT_FOUND</c>).</summary>
    public sealed class NotFound : LicenseOutcome
    {
        internal NotFound(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>Any other invalid answer: a scope the license does not match (product, policy, entitlements, version, …) or a code this SDK does not know.</summary>
    public sealed class Rejected : LicenseOutcome
    {
        internal Rejected(OutcomeFacts facts, string hint)
            : base(facts, hint)
        {
        }
    }

    /// <summary>
    /// Keygen could not be reached (or answered with a server error) and no usable offline file was found. Never the
    /// outcome of a license Keygen said is invalid.
    /// </summary>
    public sealed class Unreachable : LicenseOutcome
    {
        internal Unreachable(OutcomeFacts facts, string hint, KeygenException cause, Exception? offlineProblem)
            : base(facts, hint)
        {
            Cause = cause;
            OfflineProblem = offlineProblem;
        }

        /// <summary>Why Keygen could not answer: usually a <see cref="KeygenTransportException"/>.</summary>
        public KeygenException Cause { get; }

        /// <summary>Why the offline file could not be used: absent, unreadable, expired, tampered with or issued in the future; null when there was none.</summary>
        public Exception? OfflineProblem { get; }
    }

    /// <summary>
    /// An answer arrived but could not be verified as Keygen's: a bad or missing signature, a stale date (often a wrong
    /// system clock) or a replayed validation. Nothing in it was used.
    /// </summary>
    public sealed class Untrusted : LicenseOutcome
    {
        internal Untrusted(OutcomeFacts facts, string hint, KeygenVerificationException cause)
            : base(facts, hint)
        {
            Cause = cause;
        }

        /// <summary>What failed; <see cref="KeygenVerificationException.Reason"/> says which check.</summary>
        public KeygenVerificationException Cause { get; }
    }
}
