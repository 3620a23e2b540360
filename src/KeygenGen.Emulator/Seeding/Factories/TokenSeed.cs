using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:token</c> factory: a token of a new user whose secret nobody knows (use
/// <see cref="AccountData.TokenFor"/> for one to authenticate with). Traits name the bearer: <c>environment</c>,
/// <c>product</c>, <c>license</c>, <c>admin</c>, <c>user</c>.
/// </summary>
internal sealed class TokenSeed : SeedFactory<Token>
{
    public override string Type => "tokens";

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["environment"] = Trait.Set("bearer", b => b.Context.Create("environment", [], new SeedValues(), EnvironmentChoice.Of(null))),
        ["product"] = Trait.Set("bearer", b => b.Dependency<Product>("product")),
        ["license"] = Trait.Set("bearer", b => b.Dependency<License>("license")),
        ["admin"] = Trait.Set("bearer", b => b.Dependency<User>("admin")),
        ["user"] = Trait.Set("bearer", b => b.Dependency<User>("user")),
    };

    protected override ColumnSetters<Token> Columns { get; } = new("tokens")
    {
        ["name"] = (_, t, v) => t.Name = v.String(),
        ["permissions"] = (_, t, v) => t.Permissions = PermissionColumn.Read(v),
        ["expiry"] = (_, t, v) => t.Expiry = v.Time(),
        ["maxActivations"] = (_, t, v) => t.MaxActivations = v.Int(),
        ["maxDeactivations"] = (_, t, v) => t.MaxDeactivations = v.Int(),
        ["activations"] = (_, t, v) => t.Activations = v.Int() ?? 0,
        ["deactivations"] = (_, t, v) => t.Deactivations = v.Int() ?? 0,
        ["digest"] = (_, t, v) => t.Digest = v.RequiredString(),
    };

    public override Entity Create(SeedBuild build)
    {
        var bearer = Bearer(build) ?? build.Dependency<User>("user");
        build.Take("bearerType");
        var token = new Token(SeedNames.Id(build), build.Now, bearer, "test_" + SeedNames.Hex(16));
        return Store(build, token);
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<Token>().Remove((Token)row);

    /// <summary>The bearer given, by record, row or id (any of users, products, licenses and environments).</summary>
    private static IBearer? Bearer(SeedBuild build)
    {
        var value = build.Take("bearer");
        switch (value?.Raw)
        {
            case null:
                return null;
            case IBearer bearer:
                return bearer;
            case DataRecord { Row: IBearer bearer }:
                return bearer;
        }

        var id = Guid.Parse(value!.Value.RequiredString());
        var account = build.Account;
        return (IBearer?)account.Table<User>().FindEverywhere(id)
            ?? (IBearer?)account.Table<Product>().FindEverywhere(id)
            ?? (IBearer?)account.Table<License>().FindEverywhere(id)
            ?? account.Table<KeygenEnvironment>().FindEverywhere(id)
            ?? throw new ArgumentException($"Attribute 'bearer': no user, product, license or environment '{id}'.");
    }
}
