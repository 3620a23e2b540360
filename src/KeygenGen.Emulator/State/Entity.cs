using System;
using System.Diagnostics.CodeAnalysis;
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
    protected Entity(Guid id, DateTimeOffset created)
    {
        Id = id;
        Created = created;
        Updated = created;
    }

    public Guid Id { get; }

    public DateTimeOffset Created { get; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>The environment the row was created in; null for a global row. Stamped by <see cref="EntityTable{T}.Add"/>.</summary>
    public KeygenEnvironment? Environment { get; set; }

    /// <summary>False for the account-wide types Keygen keeps outside environments (accounts, plans, environments, …).</summary>
    public virtual bool IsEnvironmentScoped => true;

    /// <summary>A shallow copy holding the current values, used to undo a rejected update.</summary>
    public Entity Snapshot() => (Entity)MemberwiseClone();
}
