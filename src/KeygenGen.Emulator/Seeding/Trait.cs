using System;
using System.Collections.Generic;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// A named variation of a factory (Keygen's FactoryBot traits, e.g. a license's <c>expired</c>): values it sets before
/// the record is built (the caller's own attributes still win), and work after the record is stored.
/// </summary>
internal sealed class Trait
{
    private readonly List<(string Name, Func<SeedBuild, object?> Value)> _sets = new();
    private readonly List<Action<SeedBuild, Entity>> _after = new();
    private readonly List<string> _includes = new();

    public IReadOnlyList<(string Name, Func<SeedBuild, object?> Value)> Sets => _sets;

    public IReadOnlyList<Action<SeedBuild, Entity>> After => _after;

    /// <summary>Other traits of the same factory this one stands for (FactoryBot's trait composition).</summary>
    public IReadOnlyList<string> Includes => _includes;

    public static Trait Set(string name, Func<SeedBuild, object?> value) => new Trait().And(name, value);

    public static Trait Then(Action<SeedBuild, Entity> after) => new Trait().AndThen(after);

    public static Trait Alias(params string[] traits)
    {
        var trait = new Trait();
        trait._includes.AddRange(traits);
        return trait;
    }

    public Trait And(string name, Func<SeedBuild, object?> value)
    {
        _sets.Add((name, value));
        return this;
    }

    public Trait AndThen(Action<SeedBuild, Entity> after)
    {
        _after.Add(after);
        return this;
    }
}
