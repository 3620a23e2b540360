using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// The join rows that give entitlements (Keygen's <c>:policy_entitlement</c>, <c>:license_entitlement</c> and
/// <c>:release_entitlement_constraint</c> factories): a new entitlement on a new holder unless given; attaching what
/// is attached already gives the existing row, as those factories do.
/// </summary>
/// <param name="type">The join rows' JSON:API type.</param>
/// <param name="holder">The holder's factory and attribute name (<c>policy</c>, <c>license</c>, <c>release</c>).</param>
/// <param name="attached">The holder's list of join rows.</param>
/// <param name="entitlementOf">A join row's entitlement.</param>
/// <param name="join">Makes a join row: id, time, holder, entitlement.</param>
/// <param name="tabled">Whether the emulator also keeps the rows in their own table (constraints) or only in the holder's list.</param>
internal sealed class EntitlementGrantSeed<THolder, TJoin>(
    string type,
    string holder,
    Func<THolder, List<TJoin>> attached,
    Func<TJoin, Entitlement> entitlementOf,
    Func<Guid, DateTimeOffset, THolder, Entitlement, TJoin> join,
    bool tabled) : SeedFactory<TJoin>
    where THolder : Entity
    where TJoin : Entity
{
    public override string Type => type;

    /// <summary>Join rows have no attributes of their own to seed.</summary>
    protected override ColumnSetters<TJoin> Columns { get; } = new(type);

    protected override bool Tabled => tabled;

    public override IEnumerable<Entity> Rows(AccountState account) =>
        tabled ? base.Rows(account) : account.Table<THolder>().Everywhere.SelectMany(attached);

    public override bool Remove(AccountState account, Entity row)
    {
        var owner = account.Table<THolder>().Everywhere.FirstOrDefault(h => attached(h).Contains((TJoin)row));
        return owner is not null && attached(owner).Remove((TJoin)row) && (!tabled || account.Table<TJoin>().Remove((TJoin)row));
    }

    public override Entity Create(SeedBuild build)
    {
        var owner = build.Ref(holder, () => build.Dependency<THolder>(holder));
        var entitlement = build.Ref("entitlement", () => build.Dependency<Entitlement>("entitlement"));
        if (attached(owner).FirstOrDefault(row => entitlementOf(row) == entitlement) is { } existing)
        {
            return existing;
        }

        var row = Store(build, join(SeedNames.Id(build), build.Now, owner, entitlement));
        attached(owner).Add(row);
        return row;
    }
}
