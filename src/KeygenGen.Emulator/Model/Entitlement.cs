using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A named feature a license has through its policy or directly; validation scopes ask for codes.</summary>
internal sealed class Entitlement : Entity
{
    public Entitlement(Guid id, DateTimeOffset created, string name, string code)
        : base(id, created)
    {
        Name = name;
        Code = code;
    }

    public string Name { get; set; }

    public string Code { get; set; }

    public JsonObject Metadata { get; set; } = new();
}
