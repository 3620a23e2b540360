using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Product : Entity, IBearer, IProductScoped
{
    public Product(Guid id, DateTimeOffset created, string name)
        : base(id, created)
    {
        Name = name;
    }

    public string Name { get; set; }

    public string? Code { get; set; }

    public string DistributionStrategy { get; set; } = "LICENSED";

    public string? Url { get; set; }

    public List<string>? Platforms { get; set; }

    public JsonObject Metadata { get; set; } = new();

    public Role Role => Role.Product;

    public System.Collections.Generic.IReadOnlySet<string>? Permissions { get; set; }

    public string ResourceType => "products";

    Product IProductScoped.Product => this;
}
