using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class Token : Entity
{
    public Token(Guid id, DateTimeOffset created, IBearer bearer, string digest)
        : base(id, created)
    {
        Bearer = bearer;
        Digest = digest;
    }

    public IBearer Bearer { get; }

    /// <summary>SHA-256 of the secret; the secret itself is only shown once, in the generate/regenerate response.</summary>
    public string Digest { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset? Expiry { get; set; }

    public int? MaxActivations { get; set; }

    public int? MaxDeactivations { get; set; }

    public int Activations { get; set; }

    public int Deactivations { get; set; }

    /// <summary>The token's own permission actions (EE); null for the default, <c>*</c>: whatever its bearer may do.</summary>
    public System.Collections.Generic.IReadOnlySet<string>? Permissions { get; set; }

    public bool IsActivationToken => Bearer.Role == Role.License;

    public bool IsExpired(DateTimeOffset now) => Expiry is { } expiry && expiry < now;

    /// <summary>Keygen's <c>kind</c> attribute.</summary>
    public string Kind => Bearer.Role switch
    {
        Role.Product => "product-token",
        Role.Admin => "admin-token",
        Role.User => "user-token",
        Role.License => "activation-token",
        Role.Environment => "environment-token",
        Role.Developer => "developer-token",
        Role.SalesAgent => "sales-token",
        Role.SupportAgent => "support-token",
        Role.ReadOnly => "read-only-token",
        _ => "token",
    };

    /// <summary>The prefix of a secret for a bearer with <paramref name="role"/>, e.g. <c>admin</c> in <c>admin-…v3</c>.</summary>
    public static string PrefixFor(Role role) => role switch
    {
        Role.Product => "prod",
        Role.Admin => "admin",
        Role.User => "user",
        Role.License => "activ",
        Role.Environment => "env",
        Role.Developer => "dev",
        Role.SalesAgent => "sales",
        Role.SupportAgent => "spprt",
        Role.ReadOnly => "read",
        _ => "token",
    };
}
