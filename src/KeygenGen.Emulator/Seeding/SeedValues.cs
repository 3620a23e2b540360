using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// The attributes of one record being seeded, FactoryBot-style: what the caller gave wins over what its traits set,
/// and a trait's value is computed only when nothing overrides it (so a trait's policy is not built when a policy is
/// given). Keys are Keygen's attribute names in any case (<c>max_machines</c>, <c>maxMachines</c>); a relationship may
/// be named with or without <c>Id</c>. The factory takes what it needs; whatever is left is assigned column by column.
/// </summary>
internal sealed class SeedValues
{
    private readonly Dictionary<string, Func<object?>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public static SeedValues Of(IReadOnlyDictionary<string, object?>? attributes)
    {
        var values = new SeedValues();
        foreach (var (name, value) in attributes ?? new Dictionary<string, object?>())
        {
            values.Set(name, value);
        }

        return values;
    }

    /// <summary>Sets a value, replacing any earlier one.</summary>
    public void Set(string name, object? value) => Put(name, () => value);

    /// <summary>Sets a value computed on first read, unless a value is already there (the caller's beats a trait's).</summary>
    public void Default(string name, Func<object?> value)
    {
        if (!Has(name))
        {
            Put(name, value);
        }
    }

    public bool Has(string name) => _entries.ContainsKey(Normalize(name));

    /// <summary>Reads and consumes a value; absent reads as a null value.</summary>
    public SeedValue Take(string name)
    {
        var key = Normalize(name);
        if (!_entries.TryGetValue(key, out var value))
        {
            return new SeedValue(name, null);
        }

        _taken.Add(key);
        var computed = value();
        _entries[key] = () => computed;
        return new SeedValue(_names[key], computed);
    }

    /// <summary>Consumes the value when present; null when absent, so the caller's own default applies.</summary>
    public SeedValue? TakeIfPresent(string name) => Has(name) ? Take(name) : null;

    /// <summary>The values no one has taken yet, in the order they were given.</summary>
    public IReadOnlyList<SeedValue> Remaining() =>
        _entries.Keys.Where(key => !_taken.Contains(key)).ToList().Select(Take).ToList();

    /// <summary>Keygen's names, camel-cased, with a relationship's <c>Id</c> suffix dropped (<c>policy_id</c> → <c>policy</c>).</summary>
    public static string Normalize(string name)
    {
        var camel = KeyCase.ToCamel(name.Trim());
        return camel.Length > 2 && camel.EndsWith("Id", StringComparison.Ordinal) ? camel[..^2] : camel;
    }

    private void Put(string name, Func<object?> value)
    {
        var key = Normalize(name);
        _entries[key] = value;
        _names[key] = name;
        _taken.Remove(key);
    }
}
