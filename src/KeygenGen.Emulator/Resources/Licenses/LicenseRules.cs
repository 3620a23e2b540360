using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>Keygen's License model validations of the per-license limit overrides and the name.</summary>
internal static class LicenseRules
{
    public static void CheckOverrides(ValidationErrors errors, License license)
    {
        if (license.Name?.Length > 1024)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 1024 characters)");
        }

        NumberRules.MaxMachines(errors, license.MaxMachinesOverride, license.Policy.Floating);

        NumberRules.AtLeast(errors, "maxCores", license.MaxCoresOverride, 1);
        NumberRules.AtLeast(errors, "maxMemory", license.MaxMemoryOverride, 1);
        NumberRules.AtLeast(errors, "maxDisk", license.MaxDiskOverride, 1);
        NumberRules.AtLeast(errors, "maxUses", license.MaxUsesOverride, 0);
        NumberRules.AtLeast(errors, "maxProcesses", license.MaxProcessesOverride, 0);
        NumberRules.AtLeast(errors, "maxUsers", license.MaxUsersOverride, 0);
    }
}
