using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:platform</c>, <c>:arch</c>, <c>:channel</c> and <c>:engine</c> factories: an account-wide catalog entry
/// by key (a key the account has already gives that entry). Engines without a key take pypi, tauri and raw in turn.
/// </summary>
/// <param name="kind">The catalog kind (<see cref="Catalog.Platforms"/>, …).</param>
/// <param name="type">The JSON:API type.</param>
/// <param name="defaultKeys">The keys given in turn when none is (Keygen's <c>sequence</c>).</param>
/// <param name="traitKeys">Keys that are also traits (Keygen's engine factory has <c>pypi</c>, <c>raw</c>, …).</param>
internal sealed class CatalogSeed(string kind, string type, string[] defaultKeys, string[] traitKeys) : SeedFactory<CatalogEntry>
{
    public override string Type => type;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } =
        traitKeys.ToDictionary(key => key, key => Trait.Set("key", _ => key), StringComparer.Ordinal);

    public override bool EnvironmentScoped => false;

    protected override ColumnSetters<CatalogEntry> Columns { get; } = new(type);

    public override IEnumerable<Entity> Rows(AccountState account) =>
        account.Table<CatalogEntry>().Everywhere.Where(e => e.Kind == kind);

    public override Entity Create(SeedBuild build)
    {
        var entries = Rows(build.Account).Cast<CatalogEntry>().ToList();
        var key = (build.Take("key")?.String() ?? defaultKeys[entries.Count % defaultKeys.Length]).Trim().ToLowerInvariant();
        if (entries.FirstOrDefault(e => e.Key == key) is { } existing)
        {
            return existing;
        }

        var entry = new CatalogEntry(SeedNames.Id(build), build.Now, kind, key) { Name = build.Take("name")?.String() };
        return Store(build, entry);
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<CatalogEntry>().Remove((CatalogEntry)row);

    /// <summary>
    /// The key a release, artifact or package stores for a seeded platform, arch, channel or engine: the entry's own when
    /// the value is an entry (a record, a row or its id, as in "with the last engine"), else the key given, created on first use.
    /// </summary>
    public static string? KeyOf(SeedBuild build, string kind, SeedValue value, string? otherwise = null)
    {
        var entries = build.Account.Table<CatalogEntry>().Everywhere.Where(e => e.Kind == kind);
        var entry = value.Raw switch
        {
            CatalogEntry row => row,
            DataRecord { Row: CatalogEntry row } => row,
            string text when Guid.TryParse(text, out var id) => entries.FirstOrDefault(e => e.Id == id),
            _ => null,
        };
        return entry?.Key ?? Catalog.Ensure(build.Account, build.Now, kind, value.String() ?? otherwise);
    }
}
