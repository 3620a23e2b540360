using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace KeygenGen.Benchmarks.Canned;

/// <summary>
/// The response documents every client under test receives, shaped as Keygen sends them (reference keygen-api.md §1.3,
/// §1.11, §3 "licenses"): every license attribute, all relationships with linkage and links, and per-license variety
/// (owners, groups, expiries, statuses, metadata) so that no client benefits from identical values.
/// </summary>
public static class KeygenDocuments
{
    public const string Account = "acme";
    public const string AccountId = "5f2b1c7e-8d4a-4c3b-9e6f-0a1b2c3d4e5f";
    public const string ProductId = "2d7c4e1a-6b3f-4a9d-8c5e-1f0a9b8c7d6e";
    public const string PolicyId = "0b4b1a9a-e25a-4f14-a95e-d9dd378d6065";
    public const string Fingerprint = "4f:2c:9a:61:d0:7e:b3:58:12:aa:ce:09:3b:77:e4:1f";
    public const int PageSize = 100;

    private static readonly DateTimeOffset Created = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    // Static initializers run in text order: what the documents below use must come first.

    /// <summary>The <c>links.next</c> of <see cref="Page"/>.</summary>
    public static string NextPageLink { get; } = $"/v1/accounts/{Account}/licenses?page%5Bcursor%5D={LicenseId(PageSize - 1)}&page%5Bsize%5D={PageSize}";

    /// <summary><c>POST /licenses</c> and <c>GET /licenses/{id}</c>: <c>{"data": license}</c>.</summary>
    public static byte[] Single { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        WriteLicense(writer, 0);
        writer.WriteEndObject();
    });

    /// <summary><c>GET /licenses?page[size]=100</c>: 100 licenses and keyset paging links.</summary>
    public static byte[] Page { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        writer.WriteStartArray();
        for (int n = 0; n < PageSize; n++)
        {
            WriteLicense(writer, n);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("links");
        writer.WriteString("self", $"/v1/accounts/{Account}/licenses?page%5Bcursor%5D=&page%5Bsize%5D={PageSize}");
        writer.WriteString("next", NextPageLink);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary><c>POST /licenses/actions/validate-key</c> with a fingerprint scope: the license plus the result in <c>meta</c>.</summary>
    public static byte[] Validation { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        WriteLicense(writer, 0);
        writer.WriteStartObject("meta");
        writer.WriteString("ts", "2026-11-28T12:00:00.000Z");
        writer.WriteBoolean("valid", true);
        writer.WriteString("detail", "is valid");
        writer.WriteString("code", "VALID");
        writer.WriteStartObject("scope");
        writer.WriteString("fingerprint", Fingerprint);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static string LicenseId(int n) => Uuid(0x6b7a4f2c, n);

    public static string Status(int n) => (n % 10) switch { 0 => "EXPIRED", 1 or 2 => "INACTIVE", _ => "ACTIVE" };

    public static DateTimeOffset CreatedAt(int n) => Created.AddMinutes(n * 7);


    public static string LicenseKey(int n) => string.Create(CultureInfo.InvariantCulture, $"C1B6DE-39A6E3-{n:X6}-8BA9D4-5E8FA2-V3");

    private static string Uuid(int prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix:x8}-{n % 0x10000:x4}-4{n % 0x1000:x3}-8abc-{n:x12}");

    private static void WriteLicense(Utf8JsonWriter writer, int n)
    {
        string id = LicenseId(n);
        string self = $"/v1/accounts/{Account}/licenses/{id}";
        bool owned = n % 2 == 0;
        bool grouped = n % 5 == 0;
        bool validated = n % 3 != 0;
        DateTimeOffset created = CreatedAt(n);

        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", "licenses");
        writer.WriteStartObject("attributes");
        if (n % 4 == 0)
        {
            writer.WriteNull("name");
        }
        else
        {
            writer.WriteString("name", $"Studio Pro seat {n}");
        }

        writer.WriteString("key", LicenseKey(n));
        WriteTime(writer, "expiry", n % 7 == 0 ? null : created.AddYears(1));
        writer.WriteString("status", Status(n));
        writer.WriteNumber("uses", n % 13);
        writer.WriteBoolean("suspended", false);
        writer.WriteNull("scheme");
        writer.WriteBoolean("encrypted", false);
        writer.WriteBoolean("strict", true);
        writer.WriteBoolean("floating", true);
        writer.WriteBoolean("protected", n % 6 == 0);
        writer.WriteNull("version");
        writer.WriteNumber("maxMachines", 3 + (n % 3));
        writer.WriteNull("maxProcesses");
        writer.WriteNull("maxUsers");
        writer.WriteNumber("maxCores", 64);
        writer.WriteNull("maxUses");
        writer.WriteNumber("maxMemory", 68_719_476_736L);
        writer.WriteNull("maxDisk");
        writer.WriteBoolean("requireHeartbeat", false);
        writer.WriteBoolean("requireCheckIn", false);
        WriteTime(writer, "lastValidated", validated ? created.AddDays(3) : null);
        WriteTime(writer, "lastCheckIn", null);
        WriteTime(writer, "nextCheckIn", null);
        WriteTime(writer, "lastCheckOut", null);
        writer.WriteStartArray("permissions");
        writer.WriteStringValue("license.read");
        writer.WriteStringValue("license.validate");
        writer.WriteStringValue("machine.create");
        writer.WriteEndArray();
        writer.WriteStartObject("metadata");
        writer.WriteString("customerId", $"cus_{n:D8}");
        if (n % 3 == 0)
        {
            writer.WriteNumber("seats", n % 20);
        }

        writer.WriteEndObject();
        WriteTime(writer, "created", created);
        WriteTime(writer, "updated", created.AddHours(n % 48));
        writer.WriteEndObject();

        writer.WriteStartObject("relationships");
        WriteToOne(writer, "account", $"/v1/accounts/{Account}", "accounts", AccountId);
        WriteToOne(writer, "environment", null, "environments", null);
        WriteToOne(writer, "product", self + "/product", "products", ProductId);
        WriteToOne(writer, "policy", self + "/policy", "policies", PolicyId);
        WriteToOne(writer, "group", self + "/group", "groups", grouped ? Uuid(0x3c1d9e2f, n) : null);
        WriteToOne(writer, "owner", self + "/owner", "users", owned ? Uuid(0x7e5a0b4d, n) : null);
        WriteCounted(writer, "users", self + "/users", writeMeta: w => w.WriteNumber("count", owned ? 1 : 0));
        WriteCounted(writer, "machines", self + "/machines", writeMeta: w =>
        {
            w.WriteNumber("count", n % 4);
            w.WriteNumber("cores", (n % 4) * 8);
            w.WriteNumber("memory", (n % 4) * 17_179_869_184L);
            w.WriteNumber("disk", (n % 4) * 274_877_906_944L);
        });
        WriteCounted(writer, "tokens", self + "/tokens", writeMeta: null);
        WriteCounted(writer, "entitlements", self + "/entitlements", writeMeta: null);
        writer.WriteEndObject();

        writer.WriteStartObject("links");
        writer.WriteString("self", self);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteToOne(Utf8JsonWriter writer, string name, string? related, string type, string? id)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("links");
        writer.WriteString("related", related);
        writer.WriteEndObject();
        if (id is null)
        {
            writer.WriteNull("data");
        }
        else
        {
            writer.WriteStartObject("data");
            writer.WriteString("type", type);
            writer.WriteString("id", id);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteCounted(Utf8JsonWriter writer, string name, string related, Action<Utf8JsonWriter>? writeMeta)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("links");
        writer.WriteString("related", related);
        writer.WriteEndObject();
        if (writeMeta is not null)
        {
            writer.WriteStartObject("meta");
            writeMeta(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
