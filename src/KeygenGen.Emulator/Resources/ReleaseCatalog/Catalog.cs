using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.ReleaseCatalog;

/// <summary>
/// The platforms, arches, channels and engines of an account: Keygen creates one the first time a release,
/// artifact or package names its key, and lists them with the products that use them.
/// </summary>
internal static class Catalog
{
    public const string Platforms = "platforms";
    public const string Arches = "arches";
    public const string Channels = "channels";
    public const string Engines = "engines";

    public static readonly string[] Kinds = [Platforms, Arches, Channels, Engines];

    /// <summary>Keygen's <c>find_or_create_by(key:)</c>, with the key downcased and trimmed as Keygen stores it.</summary>
    public static string? Ensure(ApiRequest request, string kind, string? key) => Ensure(request.Account, request.Now, kind, key);

    /// <inheritdoc cref="Ensure(ApiRequest, string, string?)"/>
    public static string? Ensure(AccountState account, DateTimeOffset now, string kind, string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var normalized = key.Trim().ToLowerInvariant();
        var table = account.Table<CatalogEntry>();
        if (!table.All.Any(e => e.Kind == kind && e.Key == normalized))
        {
            table.Add(new CatalogEntry(Guid.NewGuid(), now, kind, normalized));
        }

        return normalized;
    }

    public static IEnumerable<CatalogEntry> Of(AccountState account, string kind) => account.Table<CatalogEntry>().All.Where(e => e.Kind == kind);

    /// <summary>The products whose releases, artifacts or packages use the entry.</summary>
    public static IEnumerable<Product> ProductsUsing(AccountState account, CatalogEntry entry) => entry.Kind switch
    {
        Platforms => account.Table<Artifact>().All.Where(a => a.Platform == entry.Key).Select(a => a.Product),
        Arches => account.Table<Artifact>().All.Where(a => a.Arch == entry.Key).Select(a => a.Product),
        Channels => account.Table<Release>().All.Where(r => r.Channel == entry.Key).Select(r => r.Product),
        _ => account.Table<Package>().All.Where(p => p.Engine == entry.Key).Select(p => p.Product),
    };
}
