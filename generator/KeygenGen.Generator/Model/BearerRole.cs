namespace KeygenGen.Generator.Model;

/// <summary>
/// The kinds of bearer Keygen tells apart when it decides which inputs a request may carry: its roles (admin,
/// developer, sales agent, support agent, read only, user) and the product, environment and license tokens.
/// </summary>
internal enum BearerRole
{
    Admin,
    Developer,
    SalesAgent,
    SupportAgent,
    ReadOnly,
    Product,
    Environment,
    License,
    User,
}
