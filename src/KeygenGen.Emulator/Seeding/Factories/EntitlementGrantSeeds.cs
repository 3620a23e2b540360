using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// The join rows that give entitlements (Keygen's <c>:policy_entitlement</c>, <c>:license_entitlement</c> and
/// <c>:release_entitlement_constraint</c> factories): a new entitlement on a new holder unless given; attaching what
/// is attached already gives the existing row.
/// </summary>
internal abstract class EntitlementGrantSeed<THolder, TJoin> : SeedFactory<TJoin>
    where THolder : Entity
    where TJoin : Entity
{
    protected abstract string HolderName { get; }


    private ColumnSetters<TJoin>? _columns;

    /// <summary>Join rows have no attributes of their own to seed.</summary>
    protected override ColumnSetters<TJoin> Columns => _columns ??= new(Type);

    public override Entity Create(SeedBuild build)
    {
        var holder = build.Ref(HolderName, () => build.Dependency<THolder>(HolderName));
        var entitlement = build.Ref("entitlement", () => build.Dependency<Entitlement>("entitlement"));
        if (Existing(holder, entitlement) is { } existing)
        {
            return existing;
        }

        var join = Store(build, Join(build, holder, entitlement));
        Attach(holder, join);
        return join;
    }

    protected abstract TJoin? Existing(THolder holder, Entitlement entitlement);

    protected abstract TJoin Join(SeedBuild build, THolder holder, Entitlement entitlement);

    protected abstract void Attach(THolder holder, TJoin join);
}

internal sealed class PolicyEntitlementSeed : EntitlementGrantSeed<Policy, PolicyEntitlement>
{
    public override string Type => "policy-entitlements";

    protected override string HolderName => "policy";


    protected override PolicyEntitlement? Existing(Policy holder, Entitlement entitlement) =>
        holder.AttachedEntitlements.FirstOrDefault(a => a.Entitlement == entitlement);

    protected override PolicyEntitlement Join(SeedBuild build, Policy holder, Entitlement entitlement) =>
        new(SeedNames.Id(build), build.Now, holder, entitlement);

    protected override void Attach(Policy holder, PolicyEntitlement join) => holder.AttachedEntitlements.Add(join);
}

internal sealed class LicenseEntitlementSeed : EntitlementGrantSeed<License, LicenseEntitlement>
{
    public override string Type => "license-entitlements";

    protected override string HolderName => "license";


    protected override LicenseEntitlement? Existing(License holder, Entitlement entitlement) =>
        holder.AttachedEntitlements.FirstOrDefault(a => a.Entitlement == entitlement);

    protected override LicenseEntitlement Join(SeedBuild build, License holder, Entitlement entitlement) =>
        new(SeedNames.Id(build), build.Now, holder, entitlement);

    protected override void Attach(License holder, LicenseEntitlement join) => holder.AttachedEntitlements.Add(join);
}

internal sealed class ConstraintSeed : EntitlementGrantSeed<Release, ReleaseConstraint>
{
    public override string Type => "constraints";

    protected override string HolderName => "release";


    protected override ReleaseConstraint? Existing(Release holder, Entitlement entitlement) =>
        holder.Constraints.FirstOrDefault(c => c.Entitlement == entitlement);

    protected override ReleaseConstraint Join(SeedBuild build, Release holder, Entitlement entitlement) =>
        new(SeedNames.Id(build), build.Now, holder, entitlement);

    protected override void Attach(Release holder, ReleaseConstraint join) => holder.Constraints.Add(join);
}
