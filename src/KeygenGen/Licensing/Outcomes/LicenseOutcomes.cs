using System;
using System.Globalization;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>Chooses the <see cref="LicenseOutcome"/> case for a validation code and writes its hint.</summary>
internal static class LicenseOutcomes
{
    public static LicenseOutcome From(OutcomeFacts facts)
    {
        var code = facts.Code ?? throw new ArgumentException("A validation outcome needs a code.", nameof(facts));
        return code.Value switch
        {
            "VALID" => new LicenseOutcome.Valid(facts, ValidHint(facts.OfflineFile)),
            "NO_MACHINE" or "NO_MACHINES" or "FINGERPRINT_SCOPE_MISMATCH" =>
                new LicenseOutcome.NotActivated(facts, "Activate this machine with ActivateAsync()."),
            "HEARTBEAT_NOT_STARTED" => new LicenseOutcome.HeartbeatNotStarted(facts, "Start this machine's heartbeat with StartMachineHeartbeatAsync()."),
            "HEARTBEAT_DEAD" => new LicenseOutcome.HeartbeatDead(
                facts, "Keygen stopped hearing from this machine: deactivate and activate it again, then keep its heartbeat running."),
            "EXPIRED" => new LicenseOutcome.Expired(facts, "The license has expired: renew it, or enter a new license key."),
            "SUSPENDED" => new LicenseOutcome.Suspended(facts, "The license is suspended: contact the vendor to have it reinstated."),
            "BANNED" => new LicenseOutcome.Banned(facts, "The license's owner is banned: contact the vendor."),
            "OVERDUE" => new LicenseOutcome.CheckInOverdue(facts, "The license is overdue for a check-in: check it in while online."),
            "TOO_MANY_MACHINES" => OverLimit(facts, "machines use this license: deactivate one of them"),
            "TOO_MANY_CORES" => OverLimit(facts, "CPU cores are activated on this license: deactivate a machine"),
            "TOO_MUCH_MEMORY" or "TOO_MUCH_DISK" => OverLimit(facts, "machine resources are activated on this license: deactivate a machine"),
            "TOO_MANY_PROCESSES" => OverLimit(facts, "processes run on this license: stop one of them"),
            "TOO_MANY_USERS" => OverLimit(facts, "users are attached to this license: detach one of them"),
            "NOT_FOUND" => new LicenseOutcome.NotFound(facts, "No license has this key: check the key that was entered."),
            _ => new LicenseOutcome.Rejected(
                facts, $"The license does not meet this validation's requirements ({code.Value}): check the product, policy and entitlements it needs."),
        };
    }

    public static LicenseOutcome Unreachable(KeygenException cause, Exception? offlineProblem)
    {
        var why = offlineProblem is null
            ? "no license file has been checked out on this machine"
            : "the offline license file cannot be used: " + offlineProblem.Message;
        return new LicenseOutcome.Unreachable(
            new OutcomeFacts(false, null, "Keygen could not be reached and " + why, null),
            "Connect to the internet and validate again" + (offlineProblem is null ? "; check out a license file to work offline." : "."),
            cause,
            offlineProblem);
    }

    public static LicenseOutcome Untrusted(KeygenVerificationException cause) => new LicenseOutcome.Untrusted(
        new OutcomeFacts(false, null, "the answer could not be verified as Keygen's: " + cause.Message, null),
        "Check the system clock; if it is right, something between this app and Keygen altered the answer.",
        cause);

    private static LicenseOutcome OverLimit(OutcomeFacts facts, string what) => new LicenseOutcome.OverLimit(
        facts, (facts.IsValid ? "Within the allowed overage, but too many " : "Too many ") + what + " (or raise the license's limit).");

    private static string ValidHint(LicenseFileDataset? offline) => offline switch
    {
        null => "Nothing to do.",
        { Expiry: { } expiry } => FormattableString.Invariant($"Validated offline; connect to Keygen before {expiry:u}, when the license file expires."),
        _ => "Validated offline from a license file that does not expire.",
    };
}
