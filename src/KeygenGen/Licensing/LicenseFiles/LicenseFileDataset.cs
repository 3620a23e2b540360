using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// The verified, decrypted content of a license or machine file: a JSON:API document of the license (or machine),
/// the resources requested with <c>include</c>, and <c>meta</c> with the file's issue time, expiry and TTL.
/// </summary>
public sealed class LicenseFileDataset
{
    /// <summary>The longest TTL a <see cref="TimeSpan"/> holds: <see cref="TimeSpan.MaxValue"/> in whole seconds.</summary>
    private const long MaxTtlSeconds = 922_337_203_685;

    private LicenseFileDataset(LicenseFileKind kind, JsonElement document, JsonElement data, IReadOnlyList<JsonElement> included, DateTimeOffset issued, DateTimeOffset? expiry, TimeSpan? ttl)
    {
        Kind = kind;
        Document = document;
        Data = data;
        Included = included;
        Issued = issued;
        Expiry = expiry;
        Ttl = ttl;
    }

    /// <summary>License file or machine file.</summary>
    public LicenseFileKind Kind { get; }

    /// <summary>The whole JSON:API document.</summary>
    public JsonElement Document { get; }

    /// <summary>The primary resource: the license (<c>licenses</c>) or machine (<c>machines</c>).</summary>
    public JsonElement Data { get; }

    /// <summary>The included resources (entitlements, product, policy, license, …); empty when none were requested.</summary>
    public IReadOnlyList<JsonElement> Included { get; }

    /// <summary>When Keygen issued the file (<c>meta.issued</c>).</summary>
    public DateTimeOffset Issued { get; }

    /// <summary>When the file stops being valid (<c>meta.expiry</c>, else issued + TTL); null for no expiry.
    /// This is the file's expiry, not the license's own <c>expiry</c> attribute.</summary>
    public DateTimeOffset? Expiry { get; }

    /// <summary>The requested time to live (<c>meta.ttl</c>); null for none.</summary>
    public TimeSpan? Ttl { get; }

    /// <summary>The included resources of one JSON:API type, e.g. <c>entitlements</c>.</summary>
    /// <param name="type">The resource type.</param>
    public IEnumerable<JsonElement> IncludedOfType(string type) => Included.Where(resource => resource.StringAt("type") == type);

    internal static LicenseFileDataset Parse(LicenseFileKind kind, ReadOnlySpan<byte> plaintext)
    {
        var document = JsonReading.ParseObject(plaintext) ?? throw Malformed("the dataset is not a JSON object");
        if (document.At("data") is not { ValueKind: JsonValueKind.Object } data)
        {
            throw Malformed("the dataset has no \"data\" resource");
        }

        var meta = document.At("meta") ?? throw Malformed("the dataset has no \"meta\"");
        var issued = meta.TimeAt("issued", out var issuedValid);
        var expiry = meta.TimeAt("expiry", out var expiryValid);
        var ttl = meta.At("ttl") switch
        {
            null or { ValueKind: JsonValueKind.Null } => (TimeSpan?)null,
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var seconds) && seconds is >= 0 and <= MaxTtlSeconds => TimeSpan.FromSeconds(seconds),
            _ => throw Malformed("meta.ttl is not a number of seconds that a TimeSpan can hold"),
        };
        if (issued is null || !issuedValid || !expiryValid)
        {
            throw Malformed("meta.issued or meta.expiry is not an ISO 8601 time");
        }

        var included = document.At("included") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToArray() : [];
        return new LicenseFileDataset(kind, document, data, included, issued.Value, expiry ?? ExpiryAfter(issued.Value, ttl), ttl);
    }

    /// <summary>Issued + TTL, which a signed file may push past the end of the calendar.</summary>
    private static DateTimeOffset? ExpiryAfter(DateTimeOffset issued, TimeSpan? ttl)
    {
        if (ttl is not { } lifetime)
        {
            return null;
        }

        // In UTC: a local time with a +14:00 offset can leave the calendar before its UTC time does.
        var utc = issued.ToUniversalTime();
        return lifetime <= DateTimeOffset.MaxValue - utc
            ? utc + lifetime
            : throw Malformed("meta.issued plus meta.ttl is past the end of the calendar (year 9999)");
    }

    private static LicenseFileException Malformed(string why) => LicenseFileCertificate.Malformed(why);
}
