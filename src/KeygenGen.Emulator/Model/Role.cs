namespace Keygen.Emulator.Model;

/// <summary>Who a bearer is to Keygen's authorization rules: one of the user roles, or a product, license or environment.</summary>
internal enum Role
{
    User,
    Admin,
    Developer,
    SalesAgent,
    SupportAgent,
    ReadOnly,
    Product,
    License,
    Environment,
}
