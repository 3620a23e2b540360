namespace Keygen.Emulator.Model;

/// <summary>A join row that gives a policy or a license one entitlement.</summary>
internal interface IEntitlementGrant
{
    Entitlement Entitlement { get; }
}
