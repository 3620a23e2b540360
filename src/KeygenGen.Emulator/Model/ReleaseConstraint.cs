using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>An entitlement a license must have to see a release (Keygen's <c>constraints</c> join resource).</summary>
internal sealed class ReleaseConstraint : Entity
{
    public ReleaseConstraint(Guid id, DateTimeOffset created, Release release, Entitlement entitlement)
        : base(id, created)
    {
        Release = release;
        Entitlement = entitlement;
    }

    public Release Release { get; }

    public Entitlement Entitlement { get; }
}
