using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>An entitlement attached to one license directly (the <c>license-entitlements</c> join resource).</summary>
internal sealed class LicenseEntitlement : Entity, IProductScoped, IEntitlementGrant
{
    public LicenseEntitlement(Guid id, DateTimeOffset created, License license, Entitlement entitlement)
        : base(id, created)
    {
        License = license;
        Entitlement = entitlement;
    }

    public License License { get; }

    public Entitlement Entitlement { get; }

    public Product Product => License.Product;
}
