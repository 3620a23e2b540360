using System;
using System.Diagnostics.CodeAnalysis;

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

    /// <summary>A shallow copy holding the current values, used to undo a rejected update.</summary>
    public Entity Snapshot() => (Entity)MemberwiseClone();
}
