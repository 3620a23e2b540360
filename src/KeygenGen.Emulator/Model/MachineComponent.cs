using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A hardware component of a machine (the <c>components</c> resource), matched by validation's <c>scope.components</c>.</summary>
internal sealed class MachineComponent : Entity, IMachinePart
{
    public MachineComponent(Guid id, DateTimeOffset created, Machine machine, string fingerprint, string name)
        : base(id, created)
    {
        Machine = machine;
        Fingerprint = fingerprint;
        Name = name;
    }

    public Machine Machine { get; set; }

    public License License => Machine.License;

    public Policy Policy => Machine.Policy;

    public Product Product => Machine.Product;

    public string Fingerprint { get; set; }

    public string Name { get; set; }

    public JsonObject Metadata { get; set; } = new();
}
