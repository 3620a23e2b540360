using System;
using System.Text.Json;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// A verified offline activation proof (<c>machines.generateOfflineProof</c>): the dataset Keygen signed for a machine. Keygen's
/// default dataset names the account, product, policy, license and machine; the typed properties read it, and are null for
/// a custom dataset (given in <c>meta.dataset</c>) that lacks them. <see cref="ToString"/> never shows the license key.
/// </summary>
public sealed class OfflineActivationProof
{
    private OfflineActivationProof(JsonElement dataset)
    {
        Dataset = dataset;
        AccountId = dataset.StringAt("account", "id");
        ProductId = dataset.StringAt("product", "id");
        PolicyId = dataset.StringAt("policy", "id");
        PolicyDuration = dataset.At("policy", "duration") is { ValueKind: JsonValueKind.Number } duration && duration.TryGetInt64(out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
        LicenseId = dataset.StringAt("license", "id");
        LicenseKey = dataset.StringAt("license", "key");
        LicenseExpiry = Time(dataset.At("license"), "expiry");
        MachineId = dataset.StringAt("machine", "id");
        MachineFingerprint = dataset.StringAt("machine", "fingerprint");
        MachineCreated = Time(dataset.At("machine"), "created");
        Timestamp = Time(dataset, "ts");
    }

    /// <summary>The whole signed dataset, as Keygen generated it (keys in snake_case, as Keygen stores them).</summary>
    public JsonElement Dataset { get; }

    /// <summary><c>account.id</c>.</summary>
    public string? AccountId { get; }

    /// <summary><c>product.id</c>.</summary>
    public string? ProductId { get; }

    /// <summary><c>policy.id</c>.</summary>
    public string? PolicyId { get; }

    /// <summary><c>policy.duration</c>: how long the policy's licenses last; null when they do not expire.</summary>
    public TimeSpan? PolicyDuration { get; }

    /// <summary><c>license.id</c>.</summary>
    public string? LicenseId { get; }

    /// <summary><c>license.key</c>: a secret; never printed by <see cref="ToString"/>.</summary>
    public string? LicenseKey { get; }

    /// <summary><c>license.expiry</c>; null when the license does not expire.</summary>
    public DateTimeOffset? LicenseExpiry { get; }

    /// <summary><c>machine.id</c>.</summary>
    public string? MachineId { get; }

    /// <summary><c>machine.fingerprint</c>.</summary>
    public string? MachineFingerprint { get; }

    /// <summary><c>machine.created</c>.</summary>
    public DateTimeOffset? MachineCreated { get; }

    /// <summary><c>ts</c>: when Keygen generated the proof.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>Describes the proof by its machine and license ids.</summary>
    public override string ToString() => $"OfflineActivationProof {{ Machine = {MachineId ?? "(custom dataset)"}, License = {LicenseId ?? "(none)"} }}";

    internal static OfflineActivationProof From(JsonElement dataset) => new(dataset);

    /// <summary>A time in the dataset; null when absent, null or not a time (a custom dataset may hold anything).</summary>
    private static DateTimeOffset? Time(JsonElement? parent, string name) => parent is { } value ? value.TimeAt(name, out _) : null;
}
