using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:second_factor</c> factory: a TOTP second factor (disabled unless <c>enabled</c>) of a new user.</summary>
internal sealed class SecondFactorSeed : SeedFactory<SecondFactor>
{
    public override string Type => "second-factors";

    protected override Entity? EnvironmentParent(SecondFactor row) => row.User;

    protected override ColumnSetters<SecondFactor> Columns { get; } = new("second-factors")
    {
        ["enabled"] = (_, f, v) => f.Enabled = v.Bool() == true,
    };

    public override Entity Create(SeedBuild build)
    {
        var user = build.Ref("user", () => build.Dependency<User>("user"));
        return Store(build, new SecondFactor(SeedNames.Id(build), build.Now, user, Totp.NewSecret()));
    }
}
