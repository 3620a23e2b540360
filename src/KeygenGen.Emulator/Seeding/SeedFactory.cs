using System.Collections.Generic;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// Makes rows of one resource type the way Keygen's FactoryBot factories (<c>spec/factories/*.rb</c>) and model
/// callbacks do: defaults, traits, dependencies built on demand (a license without a policy gets one), then the
/// callbacks a created row runs (a license's key and expiry). Rows go into the same tables the HTTP routes use.
/// </summary>
internal abstract class SeedFactory
{
    /// <summary>The JSON:API type, e.g. <c>licenses</c>.</summary>
    public abstract string Type { get; }

    /// <summary>False for account-wide rows (environments, settings): they ignore the environment traits.</summary>
    public virtual bool EnvironmentScoped => true;

    /// <summary>The factory's own traits; the environment traits are shared by every environment-scoped factory.</summary>
    public virtual IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>();

    /// <summary>Builds and stores one row from <paramref name="build"/>'s values (whatever is left is assigned as columns).</summary>
    public abstract Entity Create(SeedBuild build);

    /// <summary>Assigns the values of <paramref name="build"/> to an existing row, as a test's "has the following attributes" does.</summary>
    public abstract void Assign(SeedBuild build, Entity row);

    /// <summary>Every row of the type in the account, whatever its environment.</summary>
    public abstract IEnumerable<Entity> Rows(AccountState account);

    /// <summary>Removes a row and what depends on it; false when the type cannot be removed by seeding.</summary>
    public virtual bool Remove(AccountState account, Entity row) => false;
}

/// <summary>A factory of stored rows of <typeparamref name="T"/>, assigning attributes through its <see cref="Columns"/>.</summary>
internal abstract class SeedFactory<T> : SeedFactory
    where T : Entity
{
    protected abstract ColumnSetters<T> Columns { get; }

    /// <summary>
    /// False for join rows the emulator keeps only in their parent's list (a license's users, a group's owners, a
    /// policy's entitlements): seeding then stores them there alone, where the routes look, and lists them from there.
    /// </summary>
    protected virtual bool Tabled => true;

    /// <summary>
    /// The row whose environment a new row takes when nothing else decides it (Keygen's <c>has_environment default:</c>,
    /// e.g. a policy its product's, a license its policy's); null when the model has no such default.
    /// </summary>
    protected virtual Entity? EnvironmentParent(T row) => null;

    public override void Assign(SeedBuild build, Entity row) => Columns.Apply(build, (T)row);

    public override IEnumerable<Entity> Rows(AccountState account) => account.Table<T>().Everywhere;

    /// <summary>
    /// Stamps the environment, assigns the remaining values, runs the model's create callbacks (which see the assigned
    /// values, as Keygen's <c>before_create</c> hooks do) and adds the row to its table.
    /// </summary>
    protected T Store(SeedBuild build, T row, System.Action<T>? callbacks = null)
    {
        if (EnvironmentScoped)
        {
            row.Environment = build.Environment;
        }

        Columns.Apply(build, row);
        if (EnvironmentScoped && row.Environment is null && build.EnvironmentUndecided)
        {
            // After the columns, as Keygen's after_initialize default sees the assigned parent.
            row.Environment = EnvironmentParent(row)?.Environment;
        }
        callbacks?.Invoke(row);
        if (Tabled)
        {
            build.Account.Table<T>().Add(row);
        }

        return row;
    }
}
