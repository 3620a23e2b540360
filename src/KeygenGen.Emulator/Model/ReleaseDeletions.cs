using System.Linq;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>What Keygen destroys with a product's distribution resources: a package its releases, a release its artifacts and constraints.</summary>
internal static class ReleaseDeletions
{
    public static void OfProduct(AccountState account, Product product)
    {
        foreach (var release in account.Table<Release>().All.Where(r => r.Product == product).ToList())
        {
            Release(account, release);
        }

        foreach (var package in account.Table<Package>().All.Where(p => p.Product == product).ToList())
        {
            account.Table<Package>().Remove(package);
        }
    }

    public static void Package(AccountState account, Package package)
    {
        foreach (var release in account.Table<Release>().All.Where(r => r.Package == package).ToList())
        {
            Release(account, release);
        }

        account.Table<Package>().Remove(package);
    }

    public static void Release(AccountState account, Release release)
    {
        foreach (var artifact in account.Table<Artifact>().All.Where(a => a.Release == release).ToList())
        {
            account.Table<Artifact>().Remove(artifact);
        }

        release.Constraints.Clear();
        account.Table<Release>().Remove(release);
    }

    /// <summary>A deleted entitlement no longer constrains any release.</summary>
    public static void OfEntitlement(AccountState account, Entitlement entitlement)
    {
        foreach (var release in account.Table<Release>().All)
        {
            release.Constraints.RemoveAll(c => c.Entitlement == entitlement);
        }
    }
}
