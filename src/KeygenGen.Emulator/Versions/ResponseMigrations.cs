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
        .. PolicyMigrations.All,
        .. MachineMigrations.All,
        .. MetadataMigrations.All,
        .. ReleaseMigrations.All,
        .. ValidationMigrations.All,
    ];

    /// <param name="apiVersion">The request's API version.</param>
    /// <param name="route">The route answered.</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="document">The answer, rewritten in place.</param>
    /// <param name="account">The account, for migrations that read its rows (the caller holds its lock); null for an error.</param>
    public static void Apply(string? apiVersion, Route route, int status, JsonObject document, AccountState? account = null)
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
    public static IEnumerable<JsonObject> Resources(JsonObject document) =>
        Primary(document).Concat((document["included"] as JsonArray)?.OfType<JsonObject>() ?? []);

    /// <summary>A document's primary data: the one resource or the list's.</summary>
    public static IEnumerable<JsonObject> Primary(JsonObject document) => document["data"] switch
    {
        JsonObject single => [single],
        JsonArray list => list.OfType<JsonObject>(),
        _ => [],
    };

    public static bool Succeeded(int status) => status < 400 && status != 204;
}
