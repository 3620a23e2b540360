using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A version of a product on a channel; licensees see it once published, within its entitlement constraints.</summary>
internal sealed class Release : Entity, IProductScoped
{
    public Release(Guid id, DateTimeOffset created, Product product, Semver version, string channel)
        : base(id, created)
    {
        Product = product;
        Version = version;
        Channel = channel;
    }

    public Product Product { get; set; }

    public Package? Package { get; set; }

    public Semver Version { get; set; }

    /// <summary>The channel key: stable, rc, beta, alpha or dev.</summary>
    public string Channel { get; set; }

    public string Status { get; set; } = ReleaseStatuses.Draft;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Tag { get; set; }

    public DateTimeOffset? Backdated { get; set; }

    public DateTimeOffset? Yanked { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The API version the release was created with: releases made with 1.0 may share a version (one per file).</summary>
    public string? ApiVersion { get; set; }

    public List<ReleaseConstraint> Constraints { get; } = new();

    public IEnumerable<Entitlement> Entitlements => Constraints.Select(c => c.Entitlement);

    public bool IsPublished => Status == ReleaseStatuses.Published;

    /// <summary>When the release counts as released for a license's expiry window: its backdated time, else its creation.</summary>
    public DateTimeOffset ReleasedAt => Backdated ?? Created;
}

/// <summary>The statuses of a release.</summary>
internal static class ReleaseStatuses
{
    public const string Draft = "DRAFT";
    public const string Published = "PUBLISHED";
    public const string Yanked = "YANKED";
}
