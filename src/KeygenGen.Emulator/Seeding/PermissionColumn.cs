using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth.Permissions;

namespace Keygen.Emulator.Seeding;

/// <summary>The <c>permissions</c> column of seeded users, licenses, products, environments and tokens: Keygen's action names.</summary>
internal static class PermissionColumn
{
    public static IReadOnlySet<string>? Read(SeedValue value)
    {
        if (value.Strings() is not { } actions)
        {
            return null;
        }

        return actions.All(PermissionCatalog.IsKnown)
            ? actions.ToHashSet()
            : throw value.Invalid("a list of Keygen permission actions (license.read, machine.create, …, or *)");
    }

    /// <summary>Every action, for the <c>with_root_permissions</c> trait.</summary>
    public static JsonArray Every() => new(PermissionCatalog.All.Select(a => (JsonNode?)a).ToArray());
}
