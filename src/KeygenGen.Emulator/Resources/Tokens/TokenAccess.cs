using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Tokens;

/// <summary>Who may see, generate, regenerate and revoke which tokens (Keygen's TokenPolicy).</summary>
internal static class TokenAccess
{
    /// <summary>Staff and environments see every token of the environment the request runs in; others their own and their reach.</summary>
    public static bool Visible(Principal caller, Token token, AccountState account) =>
        caller.IsStaff || caller.Is(Role.Environment) || token.Bearer == caller.Bearer || ProductReaches(caller, token.Bearer, account);

    public static bool CanGenerate(Principal caller, IBearer bearer, AccountState account) => caller.Bearer switch
    {
        _ when bearer == caller.Bearer => caller.Bearer is User or KeygenEnvironment,
        _ when bearer.Role == Role.User && (caller.IsAdmin || caller.Is(Role.Environment)) => true,
        Product => ProductReaches(caller, bearer, account),
        _ => false,
    };

    /// <summary>
    /// Admins regenerate their own and non-staff tokens (environments' too); environments those of products, licenses
    /// and users; products those of their users and licenses; others their own.
    /// </summary>
    public static bool CanRegenerate(Principal caller, Token token, AccountState account) =>
        token.Bearer == caller.Bearer ||
        (caller.IsAdmin && token.Bearer.Role is Role.Product or Role.License or Role.User or Role.Environment) ||
        (caller.Is(Role.Environment) && token.Bearer.Role is Role.Product or Role.License or Role.User) ||
        ProductReaches(caller, token.Bearer, account);

    public static bool CanRevoke(Principal caller, Token token, AccountState account) =>
        caller.IsAdmin || token.Bearer == caller.Bearer || ProductReaches(caller, token.Bearer, account);

    /// <summary>A product bearer reaches the licenses of its product and the users owning them.</summary>
    private static bool ProductReaches(Principal caller, IBearer bearer, AccountState account) => (caller.Bearer, bearer) switch
    {
        (Product product, License license) => license.Product == product,
        (Product product, User user) => user.Role == Role.User && account.Table<License>().All.Any(l => l.HasUser(user) && l.Product == product),
        _ => false,
    };
}
