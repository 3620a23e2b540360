using System;

namespace Keygen.Emulator.State;

/// <summary>Base of every stored resource: a UUID and the two timestamps every Keygen resource carries.</summary>
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
