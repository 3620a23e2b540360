using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Keygen's request migrations (<c>config/initializers/request_migrations.rb</c>): the emulator renders the current
/// API version's documents, and a request made with an older <c>Keygen-Version</c> gets them migrated back, newest
/// change first, down to its version.
/// </summary>
internal static class ResponseMigrations
{
    private static readonly IReadOnlyList<ResponseMigration> All =
    [
        .. LicenseMigrations.All,
        .. MachineMigrations.All,
        .. MetadataMigrations.All,
        .. ValidationMigrations.All,
    ];

    public static void Apply(string? apiVersion, Route route, int status, JsonObject document, AccountState? account)
    {
        if (apiVersion is null)
        {
            return;
        }

        var requested = Version.Parse(apiVersion);
        foreach (var migration in All.OrderByDescending(m => Version.Parse(m.Version)))
        {
            if (requested <= Version.Parse(migration.Version) && migration.AppliesTo(route, status))
            {
                migration.Migrate(document, account);
            }
        }
    }

    /// <summary>The resources of a document: its primary data (one or a list) and its included ones.</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject document)
    {
        var primary = document["data"] switch
        {
            JsonObject single => [single],
            JsonArray list => list.OfType<JsonObject>(),
            _ => [],
        };
        return primary.Concat((document["included"] as JsonArray)?.OfType<JsonObject>() ?? []);
    }

    public static bool Succeeded(int status) => status < 400 && status != 204;
}
