using System.Linq;
using System.Text.Json.Nodes;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Policies in older API versions: up to 1.6 <c>processLeasingStrategy</c> was <c>leasingStrategy</c>, up to 1.3 the
/// machine uniqueness and matching strategies were the fingerprint ones, and up to 1.1 a policy also said whether it
/// was <c>concurrent</c> (any overage but none). Keygen's <c>rename_process_leasing_strategy_to_leasing_strategy_for_policy(ies)</c>,
/// <c>rename_machine_*_strategy_to_fingerprint_*_strategy_for_policy(ies)</c> and <c>add_concurrent_attribute_to_policy(ies)</c>.
/// </summary>
internal static class PolicyMigrations
{
    public static readonly ResponseMigration[] All =
    [
        new("1.6", (_, status) => ResponseMigrations.Succeeded(status), d => Rename(d, "processLeasingStrategy", "leasingStrategy")),
        new("1.3", (_, status) => ResponseMigrations.Succeeded(status), d => Rename(d, "machineUniquenessStrategy", "fingerprintUniquenessStrategy")),
        new("1.3", (_, status) => ResponseMigrations.Succeeded(status), d => Rename(d, "machineMatchingStrategy", "fingerprintMatchingStrategy")),
        new("1.1", (_, status) => ResponseMigrations.Succeeded(status), AddConcurrent),
    ];

    private static void Rename(JsonObject document, string from, string to)
    {
        foreach (var attributes in PolicyAttributes(document))
        {
            if (attributes.TryGetPropertyValue(from, out var value) && value is JsonValue)
            {
                attributes.Remove(from);
                attributes[to] = value;
            }
        }
    }

    private static void AddConcurrent(JsonObject document)
    {
        foreach (var attributes in PolicyAttributes(document))
        {
            if (attributes.TryGetPropertyValue("overageStrategy", out var overage))
            {
                attributes["concurrent"] = overage?.GetValue<string>() != "NO_OVERAGE";
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<JsonObject> PolicyAttributes(JsonObject document) =>
        ResponseMigrations.Resources(document)
            .Where(r => r["type"]?.GetValue<string>() == "policies")
            .Select(r => r["attributes"])
            .OfType<JsonObject>();
}
