using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Resources.Accounts;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's validation of a <c>code</c> that stands for its record in paths (Entitlement, Environment): not a reserved
/// word, unique in the account whatever its case, at most 255 characters, and not UUID-shaped (it would read as an id).
/// </summary>
internal static class AliasCodes
{
    public static void Check(ValidationErrors errors, string code, IEnumerable<string> otherCodes)
    {
        if (ReservedAliases.Contains(code))
        {
            errors.Attribute("code", "NOT_ALLOWED", "is reserved");
        }

        if (otherCodes.Any(other => string.Equals(other, code, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Attribute("code", "TAKEN", "has already been taken");
        }

        if (code.Length > 255)
        {
            errors.Attribute("code", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        if (AccountModule.IsUuid(code))
        {
            errors.Attribute("code", "INVALID", "is invalid");
        }
    }
}
