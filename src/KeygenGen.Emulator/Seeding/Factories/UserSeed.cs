using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:user</c> factory (and <c>:admin</c>, <c>:developer</c>, … by role): a named user with a unique email
/// and the password <c>password</c>. Traits: <c>admin</c>, <c>read_only</c>, <c>passwordless</c>, <c>banned</c>,
/// owned, attached, expired, entitled and grouped licenses, teammates, a group.
/// </summary>
internal sealed class UserSeed : SeedFactory<User>
{
    public const string DefaultPassword = "password";

    /// <summary>One hash per password for every seeded user: a PBKDF2 run costs milliseconds, and seeding makes thousands of users.</summary>
    private static readonly ConcurrentDictionary<string, PasswordHash> Hashes = new(StringComparer.Ordinal);

    public override string Type => "users";

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["admin"] = Trait.Set("role", _ => "admin"),
        ["read_only"] = Trait.Set("role", _ => "read-only"),
        ["passwordless"] = Trait.Set("password", _ => null),
        ["banned"] = Trait.Set("bannedAt", b => b.Now.AddMinutes(-1)),
        ["with_owned_licenses"] = Trait.Then((b, user) => Licenses(b, user, 3)),
        ["with_owned_license"] = Trait.Then((b, user) => Licenses(b, user, 1)),
        ["with_user_licenses"] = Trait.Then((b, user) => Attach(b, user, 3)),
        ["with_user_license"] = Trait.Then((b, user) => Attach(b, user, 1)),
        ["with_licenses"] = Trait.Alias("with_user_licenses", "with_owned_license"),
        ["with_teammates"] = Trait.Then((b, user) =>
        {
            var license = b.Context.Create("license", ["with_users"], new SeedValues(), EnvironmentChoice.Of(user.Environment));
            var values = new SeedValues();
            values.Set("license", license);
            values.Set("user", user);
            b.Context.Create("license-user", [], values, EnvironmentChoice.Of(user.Environment));
        }),
        ["with_expired_licenses"] = Trait.Then((b, user) => Licenses(b, user, 3, "expired")),
        ["with_entitled_licenses"] = Trait.Then((b, user) => Licenses(b, user, 3, "with_entitlements")),
        ["entitled"] = Trait.Alias("with_entitled_licenses"),
        ["with_grouped_licenses"] = Trait.Then((b, user) => Licenses(b, user, 3, "with_group")),
        ["with_group"] = Trait.Set("group", b => b.Dependency<Group>("group")),
        ["with_root_permissions"] = Trait.Set("permissions", _ => PermissionColumn.Every()),
        ["with_no_permissions"] = Trait.Set("permissions", _ => new System.Text.Json.Nodes.JsonArray()),
    };

    protected override ColumnSetters<User> Columns { get; } = new("users")
    {
        ["email"] = (_, u, v) => u.Email = v.RequiredString().ToLowerInvariant(),
        ["firstName"] = (_, u, v) => u.FirstName = v.String(),
        ["lastName"] = (_, u, v) => u.LastName = v.String(),
        ["role"] = (_, u, v) => u.Role = UserRoles.TryParse(v.RequiredString().Replace('_', '-'), out var role)
            ? role
            : throw v.Invalid("a user role (user, admin, developer, sales-agent, support-agent, read-only)"),
        ["password"] = (_, u, v) => u.Password = v.String() is { } password ? Hash(password) : null,
        ["passwordDigest"] = (_, u, v) => u.Password = v.IsNull ? null : throw v.Invalid("null (set a password with 'password')"),
        ["passwordResetSentAt"] = (_, u, v) => u.PasswordResetSentAt = v.Time(),
        ["bannedAt"] = (_, u, v) => u.BannedAt = v.Time(),
        ["metadata"] = (_, u, v) => u.Metadata = v.Object() ?? new(),
        ["group"] = (b, u, v) => u.Group = b.Context.Resolve<Group>(v),
        ["permissions"] = (_, u, v) => u.Permissions = PermissionColumn.Read(v),
    };

    public static PasswordHash Hash(string password) => Hashes.GetOrAdd(password, PasswordHash.Create);

    public override Entity Create(SeedBuild build)
    {
        var user = new User(SeedNames.Id(build), build.Now, $"{SeedNames.Hex(4)}user{SeedNames.Hex(2)}@example.com")
        {
            FirstName = "Seeded",
            LastName = "User " + SeedNames.Hex(2),
            Password = Hash(DefaultPassword),
        };
        return Store(build, user);
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.User(account, (User)row);
        return true;
    }

    private static void Licenses(SeedBuild build, Entity user, int count, params string[] traits)
    {
        for (var i = 0; i < count; i++)
        {
            build.Context.Create("license", traits, MachineSeed.With("owner", user), EnvironmentChoice.Of(user.Environment));
        }
    }

    private static void Attach(SeedBuild build, Entity user, int count)
    {
        for (var i = 0; i < count; i++)
        {
            build.Context.Create("license-user", [], MachineSeed.With("user", user), EnvironmentChoice.Of(user.Environment));
        }
    }
}
