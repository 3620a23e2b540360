using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Processes;

/// <summary>
/// Keygen's MachineProcess validations: a pid is unique per machine (PID_TAKEN), and the license's process limit,
/// per the policy's leasing and overage strategies (MACHINE_PROCESS_LIMIT_EXCEEDED). Only processes that are not
/// dead count, as Keygen culls dead ones.
/// </summary>
internal static class ProcessRules
{
    public static void ValidateNew(MachineProcess process, System.DateTimeOffset now)
    {
        var errors = new ValidationErrors("processes", "machine_process");
        if (process.Machine.Processes.Any(p => p.Pid == process.Pid))
        {
            errors.Attribute("pid", "TAKEN", "has already been taken");
        }

        var policy = process.Policy;
        if (process.License.MaxProcesses is { } limit && policy.OverageStrategy != "ALWAYS_ALLOW_OVERAGE")
        {
            var (holder, leased) = Leased(process);
            if (!policy.AllowsOverage(leased.Count(p => p.Status(now) != "DEAD") + 1, limit))
            {
                errors.Base("LIMIT_EXCEEDED", $"process count has exceeded maximum allowed for {holder} ({limit.ToString(CultureInfo.InvariantCulture)})");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>The processes sharing the limit with a new one: its machine's, its license's, or its user's.</summary>
    private static (string Holder, IEnumerable<MachineProcess> Processes) Leased(MachineProcess process) => process.Policy.ProcessLeasingStrategy switch
    {
        "PER_LICENSE" => ("license", process.License.Machines.SelectMany(m => m.Processes)),
        "PER_USER" => ("user", process.License.Machines.Where(m => m.Owner == process.Machine.Owner).SelectMany(m => m.Processes)),
        _ => ("machine", process.Machine.Processes),
    };
}
