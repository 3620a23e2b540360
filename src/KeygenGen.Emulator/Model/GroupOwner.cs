using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A user who owns a group (the <c>group-owners</c> join resource): it may read the group's members.</summary>
internal sealed class GroupOwner : Entity
{
    public GroupOwner(Guid id, DateTimeOffset created, Group group, User user)
        : base(id, created)
    {
        Group = group;
        User = user;
    }

    public Group Group { get; set; }

    public User User { get; set; }
}
