using System;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// One row being seeded: its values, the environment it belongs to (given, set by a trait, inherited from the row
/// that needs it, or the context's current one), and ways to build what it depends on in the same environment.
/// </summary>
internal sealed class SeedBuild
{
    private readonly EnvironmentChoice _inherited;
    private EnvironmentChoice _resolved;

    public SeedBuild(SeedContext context, SeedValues values, EnvironmentChoice inherited)
    {
        Context = context;
        Values = values;
        _inherited = inherited;
    }

    public SeedContext Context { get; }

    public SeedValues Values { get; }

    public AccountState Account => Context.Account;

    public DateTimeOffset Now => Context.Now;

    /// <summary>The environment the row lives in; null for a global row.</summary>
    public KeygenEnvironment? Environment
    {
        get
        {
            if (!_resolved.Given)
            {
                EnvironmentUndecided = !Values.Has("environment") && !_inherited.Given;
                _resolved = Values.Has("environment")
                    ? EnvironmentChoice.Of(Context.Resolve<KeygenEnvironment>(Values.Take("environment")))
                    : _inherited.Given ? _inherited : EnvironmentChoice.Of(Context.CurrentEnvironment);
            }

            return _resolved.Value;
        }
    }

    /// <summary>
    /// Whether nothing (a value, a trait, the row that needs this one) chose the environment, so that it is only the
    /// context's current one: Keygen then falls back to the model's default (a policy its product's).
    /// </summary>
    public bool EnvironmentUndecided { get; private set; }

    /// <summary>A new row of another factory in this row's environment (FactoryBot's <c>build(:policy, environment:)</c>).</summary>
    public T Dependency<T>(string factory, params string[] traits)
        where T : Entity => (T)Context.Create(factory, traits, new SeedValues(), EnvironmentChoice.Of(Environment));

    /// <summary>The row given (or set by a trait) for <paramref name="name"/>; null when none was.</summary>
    public T? Ref<T>(string name)
        where T : Entity => Values.Has(name) ? Context.Resolve<T>(Values.Take(name)) : null;

    /// <summary>The row given for <paramref name="name"/>, else the one <paramref name="otherwise"/> makes.</summary>
    public T Ref<T>(string name, Func<T> otherwise)
        where T : Entity => Values.Has(name) ? Context.Resolve<T>(Values.Take(name)) ?? otherwise() : otherwise();

    public SeedValue? Take(string name) => Values.TakeIfPresent(name);
}

/// <summary>An environment decided (possibly null: global) or not decided yet.</summary>
internal readonly record struct EnvironmentChoice(bool Given, KeygenEnvironment? Value)
{
    public static EnvironmentChoice Undecided => default;

    public static EnvironmentChoice Of(KeygenEnvironment? environment) => new(true, environment);
}
