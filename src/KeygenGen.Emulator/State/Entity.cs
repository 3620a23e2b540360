using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.State;

/// <summary>Base of every stored resource: a UUID and the two timestamps every Keygen resource carries.</summary>
/// <remarks>
/// The annotation keeps every entity's public properties through trimming: <see cref="Changes"/> restores them by
/// reflection over <c>GetType()</c>, and NativeAOT publishing would otherwise warn (IL2075).
/// </remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
internal abstract class Entity
{
    private static long s_sequence;

    protected Entity(Guid id, DateTimeOffset created)
    {
        Id = id;
        Created = created;
        Updated = created;
        Sequence = Interlocked.Increment(ref s_sequence);
    }

    /// <summary>The row's UUID; only <see cref="EntityTable{T}.ChangeId"/> changes it (seeding may give a row a chosen id).</summary>
    public Guid Id { get; private set; }

    /// <summary>When the row was made; seeding may backdate it (a factory's <c>created_at</c>).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>Orders rows made within the same clock tick (a frozen clock makes them all at once) by when they were made.</summary>
    public long Sequence { get; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>The environment the row was created in; null for a global row. Stamped by <see cref="EntityTable{T}.Add"/>.</summary>
    public KeygenEnvironment? Environment { get; set; }

    /// <summary>False for the account-wide types Keygen keeps outside environments (accounts, plans, environments, …).</summary>
    public virtual bool IsEnvironmentScoped => true;

    internal void SetId(Guid id) => Id = id;

    /// <summary>A shallow copy holding the current values, used to undo a rejected update.</summary>
    public Entity Snapshot() => (Entity)MemberwiseClone();
}
