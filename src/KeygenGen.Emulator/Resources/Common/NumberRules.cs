using System.Globalization;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Common;

/// <summary>Rails' numericality messages, all reported with the code <c>&lt;ATTRIBUTE&gt;_INVALID</c>.</summary>
internal static class NumberRules
{
    public static void AtLeast(ValidationErrors errors, string attribute, long? value, long minimum, string? message = null)
    {
        if (value < minimum)
        {
            errors.Attribute(attribute, "INVALID", message ?? $"must be greater than or equal to {Text(minimum)}");
        }
    }

    public static void Above(ValidationErrors errors, string attribute, long? value, long minimum)
    {
        if (value <= minimum)
        {
            errors.Attribute(attribute, "INVALID", $"must be greater than {Text(minimum)}");
        }
    }

    public static void AtMost(ValidationErrors errors, string attribute, long? value, long maximum)
    {
        if (value > maximum)
        {
            errors.Attribute(attribute, "INVALID", $"must be less than or equal to {Text(maximum)}");
        }
    }

    /// <summary><c>maxMachines</c>: at least 0; at least 1 for a floating policy; exactly 1 for a node-locked one.</summary>
    public static void MaxMachines(ValidationErrors errors, int? value, bool floating)
    {
        AtLeast(errors, "maxMachines", value, 0);
        if (floating)
        {
            AtLeast(errors, "maxMachines", value, 1, "must be greater than or equal to 1 for floating policy");
        }
        else if (value is { } max && max != 1)
        {
            errors.Attribute("maxMachines", "INVALID", "must be equal to 1 for non-floating policy");
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
