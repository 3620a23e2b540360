using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>
/// One of the read-only keys Keygen creates on first use: a platform or arch (named by an artifact), a channel (by a
/// release) or an engine (by a package). <see cref="Kind"/> is the JSON:API type: platforms, arches, channels, engines.
/// </summary>
internal sealed class CatalogEntry : Entity
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public CatalogEntry(Guid id, DateTimeOffset created, string kind, string key)
        : base(id, created)
    {
        Kind = kind;
        Key = key;
    }

    public string Kind { get; }

    public string Key { get; }

    /// <summary>Keygen names the known keys (e.g. the engine "npm" is "npm"); unknown ones have no name.</summary>
    public string? Name { get; init; }
}
