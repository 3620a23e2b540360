using System;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:entitlement</c> factory: codes ALPHA, BRAVO, … ZULU in turn (per account here), named after the code;
/// a code the account has already gives that entitlement, as Keygen's factory does.
/// </summary>
internal sealed class EntitlementSeed : SeedFactory<Entitlement>
{
    private static readonly string[] Codes =
    [
        "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA", "JULIETT", "KILO", "LIMA", "MIKE",
        "NOVEMBER", "OSCAR", "PAPA", "QUEBEC", "ROMEO", "SIERRA", "TANGO", "UNIFORM", "VICTOR", "WHISKEY", "XRAY", "YANKEE", "ZULU",
    ];

    public override string Type => "entitlements";

    protected override ColumnSetters<Entitlement> Columns { get; } = new("entitlements")
    {
        ["name"] = (_, e, v) => e.Name = v.RequiredString(),
        ["code"] = (_, e, v) => e.Code = v.RequiredString(),
        ["metadata"] = (_, e, v) => e.Metadata = v.Object() ?? new(),
    };

    public override Entity Create(SeedBuild build)
    {
        var table = build.Account.Table<Entitlement>();
        var code = build.Take("code")?.String() ?? Codes[table.Everywhere.Count() % Codes.Length];
        if (table.Everywhere.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.Ordinal)) is { } existing)
        {
            return existing;
        }

        return Store(build, new Entitlement(SeedNames.Id(build), build.Now, build.Take("name")?.String() ?? SeedNames.Humanize(code), code));
    }

    public override bool Remove(AccountState account, Entity row)
    {
        Deletions.Entitlement(account, (Entitlement)row);
        return true;
    }
}
