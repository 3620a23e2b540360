using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:environment</c> factory: an ISOLATED environment with a random code, or with the <c>isolated</c> and
/// <c>shared</c> traits the one coded so; a code that exists already gives that environment (with the attributes given
/// assigned), as Keygen's factory does.
/// </summary>
internal sealed class EnvironmentSeed : SeedFactory<KeygenEnvironment>
{
    public override string Type => "environments";

    public override bool EnvironmentScoped => false;

    public override IReadOnlyDictionary<string, Trait> Traits { get; } = new Dictionary<string, Trait>
    {
        ["isolated"] = Trait.Set("isolationStrategy", _ => "ISOLATED").And("code", _ => "isolated"),
        ["shared"] = Trait.Set("isolationStrategy", _ => "SHARED").And("code", _ => "shared"),
    };

    protected override ColumnSetters<KeygenEnvironment> Columns { get; } = new("environments")
    {
        ["name"] = (_, e, v) => e.Name = v.RequiredString(),
        ["permissions"] = (_, e, v) => e.Permissions = PermissionColumn.Read(v),
        ["code"] = (_, e, v) => e.Code = v.RequiredString(),
    };

    public override Entity Create(SeedBuild build)
    {
        var code = build.Take("code")?.String() ?? SeedNames.Hex(4);
        if (build.Account.Table<KeygenEnvironment>().Everywhere.FirstOrDefault(e => e.Code == code) is { } existing)
        {
            // Keygen's factory finds it, then assigns the attributes given (e.g. permissions) and saves it.
            build.Take("isolationStrategy");
            Columns.Apply(build, existing);
            return existing;
        }

        var environment = new KeygenEnvironment(
            SeedNames.Id(build),
            build.Now,
            build.Take("name")?.String() ?? SeedNames.Humanize(code),
            code,
            build.Take("isolationStrategy")?.String() ?? "ISOLATED");
        return Store(build, environment);
    }
}
