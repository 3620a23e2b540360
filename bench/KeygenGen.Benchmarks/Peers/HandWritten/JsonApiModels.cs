using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace KeygenGen.Benchmarks.Peers.HandWritten;

// What a careful developer writes by hand for these four calls: classes mirroring the JSON:API documents one to one
// (data/attributes/relationships/meta), serialized by a source-generated System.Text.Json context. Members the calls do
// not use (users, machines, tokens, entitlements relationships) are left out and skipped by the serializer.

public sealed class LicenseDocument
{
    public LicenseResource? Data { get; set; }
}

public sealed class LicenseListDocument
{
    public List<LicenseResource>? Data { get; set; }

    public PageLinks? Links { get; set; }
}

public sealed class ValidationDocument
{
    public LicenseResource? Data { get; set; }

    public ValidationMeta? Meta { get; set; }
}

public sealed class LicenseResource
{
    public string Id { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public LicenseAttributes Attributes { get; set; } = new();

    public LicenseRelationships? Relationships { get; set; }

    public SelfLink? Links { get; set; }
}

public sealed class LicenseAttributes
{
    public string? Name { get; set; }

    public string Key { get; set; } = string.Empty;

    public DateTimeOffset? Expiry { get; set; }

    public string Status { get; set; } = string.Empty;

    public int Uses { get; set; }

    public bool Suspended { get; set; }

    public string? Scheme { get; set; }

    public bool Encrypted { get; set; }

    public bool Strict { get; set; }

    public bool Floating { get; set; }

    public bool Protected { get; set; }

    public string? Version { get; set; }

    public int? MaxMachines { get; set; }

    public int? MaxProcesses { get; set; }

    public int? MaxUsers { get; set; }

    public int? MaxCores { get; set; }

    public int? MaxUses { get; set; }

    public long? MaxMemory { get; set; }

    public long? MaxDisk { get; set; }

    public bool RequireHeartbeat { get; set; }

    public bool RequireCheckIn { get; set; }

    public DateTimeOffset? LastValidated { get; set; }

    public DateTimeOffset? LastCheckIn { get; set; }

    public DateTimeOffset? NextCheckIn { get; set; }

    public DateTimeOffset? LastCheckOut { get; set; }

    public List<string>? Permissions { get; set; }

    public JsonObject? Metadata { get; set; }

    public DateTimeOffset Created { get; set; }

    public DateTimeOffset Updated { get; set; }
}

public sealed class LicenseRelationships
{
    public ToOne? Account { get; set; }

    public ToOne? Environment { get; set; }

    public ToOne? Product { get; set; }

    public ToOne? Policy { get; set; }

    public ToOne? Group { get; set; }

    public ToOne? Owner { get; set; }
}

public sealed class ToOne
{
    public ResourceIdentifier? Data { get; set; }
}

public sealed class ResourceIdentifier
{
    public string Type { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;
}

public sealed class SelfLink
{
    public string? Self { get; set; }
}

public sealed class PageLinks
{
    public string? Self { get; set; }

    public string? Next { get; set; }

    public string? Prev { get; set; }

    public string? First { get; set; }

    public string? Last { get; set; }
}

public sealed class ValidationMeta
{
    public DateTimeOffset Ts { get; set; }

    public bool Valid { get; set; }

    public string Detail { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public int? Nonce { get; set; }

    public ValidationScope? Scope { get; set; }
}

public sealed class ValidationScope
{
    public string? Product { get; set; }

    public string? Policy { get; set; }

    public string? User { get; set; }

    public string? Machine { get; set; }

    public string? Fingerprint { get; set; }

    public List<string>? Fingerprints { get; set; }

    public List<string>? Components { get; set; }

    public List<string>? Entitlements { get; set; }

    public string? Checksum { get; set; }

    public string? Version { get; set; }

    public string? Environment { get; set; }
}

public sealed class CreateLicenseDocument
{
    public CreateLicenseData Data { get; set; } = new();
}

public sealed class CreateLicenseData
{
    public string Type { get; set; } = "licenses";

    public CreateLicenseRelationships Relationships { get; set; } = new();
}

public sealed class CreateLicenseRelationships
{
    public ToOne Policy { get; set; } = new();
}

public sealed class ValidateKeyDocument
{
    public ValidateKeyMeta Meta { get; set; } = new();
}

public sealed class ValidateKeyMeta
{
    public string Key { get; set; } = string.Empty;

    public ValidationScope? Scope { get; set; }
}
