using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// What each kind of bearer may read (Keygen's policy scopes): staff and environments see everything (in the request's environment), a product its own resources,
/// a license itself and what hangs off it, a user the licenses it owns and what hangs off those.
/// </summary>
internal static class Visibility
{
    public static bool Product(Principal caller, Product product, AccountState account) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product self => self == product,
        License license => license.Product == product,
        User user => LicensesOf(user, account).Any(l => l.Product == product),
        _ => false,
    };

    public static bool Policy(Principal caller, Policy policy, AccountState account) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product product => policy.Product == product,
        License license => license.Policy == policy,
        User user => LicensesOf(user, account).Any(l => l.Policy == policy),
        _ => false,
    };

    public static bool License(Principal caller, License license) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product product => license.Product == product,
        License self => self == license,
        User user => license.HasUser(user),
        _ => false,
    };

    public static bool Machine(Principal caller, Machine machine) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Product product => machine.Product == product,
        License license => machine.License == license,
        User user => machine.License.HasUser(user) || machine.Owner == user,
        _ => false,
    };

    /// <summary>Entitlements: everyone but users and licenses sees them all; those see the ones their licenses have.</summary>
    public static bool Entitlement(Principal caller, Entitlement entitlement, AccountState account) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Model.Product => true,
        License license => license.Entitlements.Contains(entitlement),
        User user => LicensesOf(user, account).Any(l => l.Entitlements.Contains(entitlement)),
        _ => false,
    };

    /// <summary>Groups: staff and products see them all; a user its own group and those it owns; a license its group.</summary>
    public static bool Group(Principal caller, Group group) => caller.Bearer switch
    {
        _ when caller.SeesAll => true,
        Model.Product => true,
        User user => user.Group == group || group.Owners.Any(o => o.User == user),
        License license => license.Group == group,
        _ => false,
    };

    public static bool ProductScoped(Principal caller, IProductScoped resource) =>
        caller.SeesAll || (caller.Bearer is Product product && resource.Product == product);

    /// <summary>Keygen's <c>user.licenses</c>: the ones it owns and the ones it is attached to.</summary>
    public static System.Collections.Generic.IEnumerable<License> LicensesOf(User user, AccountState account) =>
        account.Table<License>().All.Where(l => l.HasUser(user));
}
