using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A named group of a product's releases, optionally served through a package-manager engine.</summary>
internal sealed class Package : Entity, IProductScoped
{
    public Package(Guid id, DateTimeOffset created, Product product, string name, string key)
        : base(id, created)
    {
        Product = product;
        Name = name;
        Key = key;
    }

    public Product Product { get; }

    public string Name { get; set; }

    public string Key { get; set; }

    /// <summary>The engine key (pypi, tauri, raw, rubygems, npm, oci), if any.</summary>
    public string? Engine { get; set; }

    public JsonObject Metadata { get; set; } = new();
}
