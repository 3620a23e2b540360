using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:account_setting</c> factory: <c>default_license_permissions</c> then <c>default_user_permissions</c>,
/// valued <c>["license.validate"]</c>; a key the account has already gives that setting.
/// </summary>
internal sealed class SettingSeed : SeedFactory<AccountSetting>
{
    private static readonly string[] Keys = AccountSetting.Keys;

    public override string Type => "settings";

    public override bool EnvironmentScoped => false;

    protected override ColumnSetters<AccountSetting> Columns { get; } = new("settings")
    {
        ["value"] = (_, s, v) => s.Value = v.Json() ?? new JsonArray(),
    };

    public override Entity Create(SeedBuild build)
    {
        var table = build.Account.Table<AccountSetting>();
        var key = build.Take("key")?.String() ?? Keys[table.Everywhere.Count() % Keys.Length];
        if (table.Everywhere.FirstOrDefault(s => s.IsNamed(key)) is { } existing)
        {
            return existing;
        }

        return Store(build, new AccountSetting(SeedNames.Id(build), build.Now, key, new JsonArray("license.validate")));
    }

    public override bool Remove(AccountState account, Entity row) => account.Table<AccountSetting>().Remove((AccountSetting)row);
}
