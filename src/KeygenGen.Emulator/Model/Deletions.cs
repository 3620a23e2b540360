using System.Linq;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>Deleting a resource deletes what Keygen destroys with it (its <c>dependent: :destroy</c> associations).</summary>
internal static class Deletions
{
    public static void Product(AccountState account, Product product)
    {
        foreach (var policy in account.Table<Policy>().All.Where(p => p.Product == product).ToList())
        {
            Policy(account, policy);
        }

        ReleaseDeletions.OfProduct(account, product);
        RemoveTokensOf(account, product);
        account.Table<Product>().Remove(product);
    }

    public static void Policy(AccountState account, Policy policy)
    {
        foreach (var license in account.Table<License>().All.Where(l => l.Policy == policy).ToList())
        {
            License(account, license);
        }

        foreach (var key in account.Table<PoolKey>().All.Where(k => k.Policy == policy).ToList())
        {
            account.Table<PoolKey>().Remove(key);
        }

        account.Table<Policy>().Remove(policy);
    }

    public static void License(AccountState account, License license)
    {
        foreach (var machine in license.Machines.ToList())
        {
            Machine(account, machine);
        }

        RemoveTokensOf(account, license);
        account.Table<License>().Remove(license);
    }

    public static void Machine(AccountState account, Machine machine)
    {
        foreach (var process in machine.Processes.ToList())
        {
            Process(account, process);
        }

        foreach (var component in machine.Components.ToList())
        {
            Component(account, component);
        }

        machine.License.Machines.Remove(machine);
        account.Table<Machine>().Remove(machine);
    }

    public static void Component(AccountState account, MachineComponent component)
    {
        component.Machine.Components.Remove(component);
        account.Table<MachineComponent>().Remove(component);
    }

    public static void Process(AccountState account, MachineProcess process)
    {
        process.Machine.Processes.Remove(process);
        account.Table<MachineProcess>().Remove(process);
    }

    public static void User(AccountState account, User user)
    {
        foreach (var license in account.Table<License>().All.Where(l => l.Owner == user).ToList())
        {
            License(account, license);
        }

        foreach (var machine in account.Table<Machine>().All.Where(m => m.Owner == user).ToList())
        {
            Machine(account, machine);
        }

        foreach (var group in account.Table<Group>().All)
        {
            group.Owners.RemoveAll(o => o.User == user);
        }

        foreach (var license in account.Table<License>().All)
        {
            license.Licensees.RemoveAll(l => l.User == user);
        }

        RemoveTokensOf(account, user);
        account.Table<User>().Remove(user);
    }

    /// <summary>An entitlement leaves every policy and license it was attached to.</summary>
    public static void Entitlement(AccountState account, Entitlement entitlement)
    {
        foreach (var policy in account.Table<Policy>().All)
        {
            policy.AttachedEntitlements.RemoveAll(a => a.Entitlement == entitlement);
        }

        foreach (var license in account.Table<License>().All)
        {
            license.AttachedEntitlements.RemoveAll(a => a.Entitlement == entitlement);
        }

        ReleaseDeletions.OfEntitlement(account, entitlement);
        account.Table<Entitlement>().Remove(entitlement);
    }

    /// <summary>A group's members stay, without a group; its owners go with it.</summary>
    public static void Group(AccountState account, Group group)
    {
        Leave<User>(account, group);
        Leave<License>(account, group);
        Leave<Machine>(account, group);
        account.Table<Group>().Remove(group);
    }

    public static void RemoveTokensOf(AccountState account, IBearer bearer)
    {
        foreach (var token in account.Table<Token>().All.Where(t => t.Bearer == bearer).ToList())
        {
            account.Table<Token>().Remove(token);
        }
    }

    private static void Leave<T>(AccountState account, Group group)
        where T : Entity, IGroupMember
    {
        foreach (var member in account.Table<T>().All.Where(m => m.Group == group))
        {
            member.Group = null;
        }
    }
}
