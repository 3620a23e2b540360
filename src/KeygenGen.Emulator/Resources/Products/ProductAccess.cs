using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Products;

/// <summary>Who may see and change products (Keygen's ProductPolicy).</summary>
internal static class ProductAccess
{
    public static bool Visible(Principal caller, Product product, AccountState account) => caller.Bearer switch
    {
        _ when caller.IsStaff => true,
        Product self => self == product,
        License license => license.Product == product,
        User user => account.Table<License>().All.Any(l => l.Owner == user && l.Product == product),
        _ => false,
    };

    public static bool CanList(Principal caller) => caller.IsStaff || caller.Is(Role.User, Role.License);

    public static bool CanManage(Principal caller) => caller.IsAdmin;

    public static bool CanUpdate(Principal caller, Product product) => caller.IsAdmin || caller.Bearer == product;
}
