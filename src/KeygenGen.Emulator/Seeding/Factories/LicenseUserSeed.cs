using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>Keygen's <c>:license_user</c> factory: a new user attached to a new license (both may be given).</summary>
internal sealed class LicenseUserSeed : SeedFactory<LicenseUser>
{
    public override string Type => "license-users";

    protected override Entity? EnvironmentParent(LicenseUser row) => row.License;

    protected override ColumnSetters<LicenseUser> Columns { get; } = new("license-users")
    {
        ["license"] = (b, a, v) => Reattach.To(a, b.Context.Resolve<License>(v), r => r.License, (r, l) => r.License = l, l => l.Licensees),
        ["user"] = (b, a, v) => a.User = b.Context.Resolve<User>(v) ?? a.User,
    };

    protected override bool Tabled => false;

    public override IEnumerable<Entity> Rows(AccountState account) => account.Table<License>().Everywhere.SelectMany(l => l.Licensees);

    public override bool Remove(AccountState account, Entity row) => ((LicenseUser)row).License.Licensees.Remove((LicenseUser)row);

    public override Entity Create(SeedBuild build)
    {
        var license = build.Ref("license", () => build.Dependency<License>("license"));
        var user = build.Ref("user", () => build.Dependency<User>("user"));
        var attachment = Store(build, new LicenseUser(SeedNames.Id(build), build.Now, license, user));
        license.Licensees.Add(attachment);
        return attachment;
    }
}
