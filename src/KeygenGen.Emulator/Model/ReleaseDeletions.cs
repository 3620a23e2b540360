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
            artifact.Object?.Discard();
        }

        Unconstrain(account, release, release.Constraints.ToList());
        account.Table<Release>().Remove(release);
    }

    /// <summary>A deleted entitlement no longer constrains any release.</summary>
    public static void OfEntitlement(AccountState account, Entitlement entitlement)
    {
        foreach (var release in account.Table<Release>().All)
        {
            Unconstrain(account, release, release.Constraints.Where(c => c.Entitlement == entitlement).ToList());
        }
    }

    /// <summary>Adds constraints to a release (and to the account's table, where lookups by id find them).</summary>
    public static void Constrain(AccountState account, Release release, System.Collections.Generic.IEnumerable<ReleaseConstraint> constraints)
    {
        foreach (var constraint in constraints)
        {
            release.Constraints.Add(constraint);
            account.Table<ReleaseConstraint>().Add(constraint);
        }
    }

    public static void Unconstrain(AccountState account, Release release, System.Collections.Generic.IEnumerable<ReleaseConstraint> constraints)
    {
        foreach (var constraint in constraints)
        {
            release.Constraints.Remove(constraint);
            account.Table<ReleaseConstraint>().Remove(constraint);
        }
    }
}
