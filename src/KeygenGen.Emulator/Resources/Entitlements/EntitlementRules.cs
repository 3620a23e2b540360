using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>Keygen's Entitlement validations: a name and a unique, non-UUID, non-reserved code of at most 255 characters.</summary>
internal static class EntitlementRules
{
    public static void Validate(AccountState account, Entitlement entitlement)
    {
        var errors = new ValidationErrors("entitlements", "entitlement");
        AliasCodes.Check(errors, entitlement.Code, account.Table<Entitlement>().All.Where(e => e != entitlement).Select(e => e.Code));

        if (entitlement.Name.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
    }
}
