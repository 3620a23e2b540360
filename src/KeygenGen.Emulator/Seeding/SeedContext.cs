using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// Seeding within one account: which environment new rows land in (Keygen's <c>Current.environment</c>), the
/// factories by name, and turning what a test names (a <see cref="DataRecord"/>, a UUID, an environment's code) into
/// stored rows. Callers hold the account's lock.
/// </summary>
internal sealed class SeedContext
{
    public SeedContext(EmulatorStore store, AccountState account, ResourceRenderers renderers, SeedFactories factories)
    {
        Store = store;
        Account = account;
        Renderers = renderers;
        Factories = factories;
    }

    public EmulatorStore Store { get; }

    public AccountState Account { get; }

    public ResourceRenderers Renderers { get; }

    public SeedFactories Factories { get; }

    public DateTimeOffset Now => Account.Now;

    /// <summary>The environment rows are created in when nothing else decides it; null: global.</summary>
    public KeygenEnvironment? CurrentEnvironment { get; set; }

    /// <summary>Makes one row of the named factory with its traits; values the caller gives win over the traits'.</summary>
    public Entity Create(string factoryName, IEnumerable<string> traits, SeedValues values, EnvironmentChoice inherited)
    {
        var entry = Factories.Find(factoryName);
        var build = new SeedBuild(this, values, inherited);
        foreach (var (name, value) in entry.Presets)
        {
            values.Default(name, () => value);
        }

        var expanded = Factories.Expand(entry, traits);
        // The last trait named wins, as in FactoryBot, so traits are laid down last to first under the caller's values.
        foreach (var trait in Enumerable.Reverse(expanded))
        {
            foreach (var (name, value) in trait.Sets)
            {
                values.Default(name, () => value(build));
            }
        }

        var row = entry.Factory.Create(build);
        foreach (var trait in expanded)
        {
            foreach (var after in trait.After)
            {
                after(build, row);
            }
        }

        return row;
    }

    /// <summary>The stored row a value names: a record, a row, or an id (an environment also by its code).</summary>
    public T? Resolve<T>(SeedValue value)
        where T : Entity
    {
        switch (value.Raw)
        {
            case null:
                return null;
            case T row:
                return row;
            case DataRecord record when record.Row is T row:
                return row;
        }

        var text = value.RequiredString();
        var table = Account.Table<T>();
        if (Guid.TryParse(text, out var id) && table.FindEverywhere(id) is { } byId)
        {
            return byId;
        }

        return table.Everywhere.FirstOrDefault(row => row is KeygenEnvironment environment && environment.Code == text)
            ?? throw new ArgumentException($"Attribute '{value.Name}': no {typeof(T).Name} '{text}' in account {Account.Account.Slug}.");
    }

    /// <summary>The stored row of any type a value names (a polymorphic relationship such as a log's resource); null when none is given.</summary>
    public Entity? ResolveAny(SeedValue? value)
    {
        switch (value?.Raw)
        {
            case null:
                return null;
            case Entity row:
                return row;
            case DataRecord record:
                return record.Row;
        }

        var id = Guid.TryParse(value.Value.RequiredString(), out var parsed) ? parsed : Guid.Empty;
        return Factories.All.SelectMany(factory => factory.Rows(Account)).FirstOrDefault(row => row.Id == id)
            ?? throw new ArgumentException($"Attribute '{value.Value.Name}': no row '{value.Value.Raw}' in account {Account.Account.Slug}.");
    }

    /// <summary>The environment with <paramref name="code"/>, made with <paramref name="isolationStrategy"/> if it does not exist yet.</summary>
    public KeygenEnvironment EnvironmentNamed(string code, string isolationStrategy)
    {
        var table = Account.Table<KeygenEnvironment>();
        var existing = table.Everywhere.FirstOrDefault(e => e.Code == code);
        if (existing is not null)
        {
            return existing;
        }

        var values = new SeedValues();
        values.Set("code", code);
        values.Set("isolationStrategy", isolationStrategy);
        return (KeygenEnvironment)Create("environment", [], values, EnvironmentChoice.Of(null));
    }
}
