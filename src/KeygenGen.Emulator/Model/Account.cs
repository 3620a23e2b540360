using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Account : Entity
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public Account(Guid id, DateTimeOffset created, string slug)
        : base(id, created)
    {
        Slug = slug;
        Name = slug;
    }

    public string Slug { get; set; }

    public string Name { get; set; }

    /// <summary>The API version answered when a request sends no <c>Keygen-Version</c>.</summary>
    public string ApiVersion { get; set; } = ApiVersions.Current;

    public bool Protected { get; set; }
}
