using System.Globalization;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Processes;

/// <summary>
/// Keygen's MachineProcess validations: a unique, non-reserved pid per machine, and the license's <c>maxProcesses</c>
/// per the policy's process leasing strategy (per machine, per license or per user), with its overage strategy.
/// </summary>
internal static class ProcessRules
{
    public static void ValidateNew(AccountState account, MachineProcess process)
    {
        var errors = new ValidationErrors("processes", "machine_process");
        if (account.Table<MachineProcess>().Contains(process.Id))
        {
            errors.Identifier("CONFLICT", "must not conflict with another process");
        }

        var pid = process.Pid;
        if (process.Machine.Processes.Any(p => p.Pid == pid))
        {
            errors.Attribute("pid", "TAKEN", "has already been taken");
        }

        if (ReservedAliases.Contains(pid))
        {
            errors.Attribute("pid", "NOT_ALLOWED", "is reserved");
        }

        if (pid.Length > 4096)
        {
            errors.Attribute("pid", "TOO_LONG", "is too long (maximum is 4096 characters)");
        }

        CheckLimit(process, errors);
        errors.ThrowIfAny();
    }

    /// <summary>How many processes count against the limit once <paramref name="process"/> is added, and for whom.</summary>
    public static (int Count, string Holder) Leased(MachineProcess process) => process.Policy.ProcessLeasingStrategy switch
    {
        "PER_LICENSE" => (process.License.Processes.Count() + 1, "license"),
        "PER_USER" => (process.License.Processes.Count(p => p.Machine.Owner == process.Machine.Owner) + 1, "user"),
        _ => (process.Machine.Processes.Count + 1, "machine"),
    };

    private static void CheckLimit(MachineProcess process, ValidationErrors errors)
    {
        var policy = process.Policy;
        if (process.License.MaxProcesses is not { } limit || policy.OverageStrategy == "ALWAYS_ALLOW_OVERAGE")
        {
            return;
        }

        var (count, holder) = Leased(process);
        if (!policy.AllowsOverage(count, limit))
        {
            errors.Base("LIMIT_EXCEEDED", $"process count has exceeded maximum allowed for {holder} ({limit.ToString(CultureInfo.InvariantCulture)})");
        }
    }
}
