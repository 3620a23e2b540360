using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A group of users, licenses and machines, with optional limits on each and owners who may see its members.</summary>
internal sealed class Group : Entity
{
    public Group(Guid id, DateTimeOffset created, string name)
        : base(id, created)
    {
        Name = name;
    }

    public string Name { get; set; }

    public int? MaxUsers { get; set; }

    public int? MaxLicenses { get; set; }

    public int? MaxMachines { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The group's owners (the <c>group-owners</c> join resource), oldest first.</summary>
    public List<GroupOwner> Owners { get; } = new();
}
