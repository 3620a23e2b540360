using System;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>Keygen's Entitlement validations: a name and a unique, non-UUID, non-reserved code of at most 255 characters.</summary>
internal static class EntitlementRules
{
    /// <summary>Path aliases Keygen reserves (a code of "actions" would shadow the action routes).</summary>
    private static readonly string[] ReservedCodes = ["actions", "action"];

    public static void Validate(AccountState account, Entitlement entitlement)
    {
        var errors = new ValidationErrors("entitlements", "entitlement");
        var code = entitlement.Code;
        if (ReservedCodes.Contains(code))
        {
            errors.Attribute("code", "NOT_ALLOWED", "is reserved");
        }

        if (account.Table<Entitlement>().All.Any(e => e != entitlement && string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Attribute("code", "TAKEN", "has already been taken");
        }

        if (code.Length > 255)
        {
            errors.Attribute("code", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        if (Guid.TryParse(code, out _))
        {
            errors.Attribute("code", "INVALID", "is invalid");
        }

        if (entitlement.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }
}
