using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Validation meta up to 1.1: the code was called <c>constant</c>, and only VALID and EXPIRED could be valid (1.2 let
/// an allowed overage, e.g. TOO_MANY_MACHINES, be valid). Keygen's <c>rename_code_to_constant_for_validation</c> and
/// <c>adjust_validity_for_validation_codes</c> migrations.
/// </summary>
internal static class ValidationMigrations
{
    public static readonly ResponseMigration[] All =
    [
        new("1.1", IsValidation, AdjustValidity),
        new("1.1", IsValidation, RenameCodeToConstant),
    ];

    private static bool IsValidation(Route route, int status) =>
        status < 400 && route.Template.StartsWith("/licenses/", System.StringComparison.Ordinal) && route.Template.Contains("/actions/validate", System.StringComparison.Ordinal);

    private static void AdjustValidity(JsonObject document)
    {
        if (document["meta"] is JsonObject meta && meta["valid"]?.GetValue<bool>() == true && meta["code"]?.GetValue<string>() is { } code)
        {
            meta["valid"] = code is "VALID" or "EXPIRED";
        }
    }

    private static void RenameCodeToConstant(JsonObject document)
    {
        if (document["meta"] is JsonObject meta && meta["code"] is { } code)
        {
            meta.Remove("code");
            meta["constant"] = code;
        }
    }
}
