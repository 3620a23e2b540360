using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Machines up to 1.5: a machine had no owner of its own, but a <c>user</c> relationship naming its license's owner
/// (with its own related link). Keygen's <c>add_user_relationship_to_machine(s)</c>: primary machines lose
/// <c>owner</c> for <c>user</c>; included ones gain <c>user</c> beside it.
/// </summary>
internal static class MachineMigrations
{
    public static readonly ResponseMigration[] All =
    [
        new("1.5", (_, status) => ResponseMigrations.Succeeded(status), AddUserRelationship),
    ];

    private static void AddUserRelationship(JsonObject document, AccountState? account)
    {
        var primary = document["data"] switch
        {
            JsonObject single => [single],
            JsonArray list => list.OfType<JsonObject>().ToArray(),
            _ => [],
        };
        foreach (var machine in primary)
        {
            AddUser(machine, account, replacingOwner: true);
        }

        foreach (var machine in (document["included"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            AddUser(machine, account, replacingOwner: false);
        }
    }

    private static void AddUser(JsonObject machine, AccountState? account, bool replacingOwner)
    {
        if (machine["type"]?.GetValue<string>() != "machines" || machine["relationships"] is not JsonObject relationships ||
            relationships["account"]?["data"]?["id"]?.GetValue<string>() is not { } accountId ||
            relationships["license"]?["data"]?["id"]?.GetValue<string>() is not { } licenseId)
        {
            return;
        }

        var owner = account?.Table<License>().FindEverywhere(Guid.Parse(licenseId))?.Owner;
        relationships["user"] = new JsonObject
        {
            ["data"] = owner is null ? null : new JsonObject { ["type"] = "users", ["id"] = owner.Id.ToString() },
            ["links"] = new JsonObject { ["related"] = $"/v1/accounts/{accountId}/machines/{machine["id"]}/user" },
        };
        if (replacingOwner)
        {
            relationships.Remove("owner");
        }
    }
}
