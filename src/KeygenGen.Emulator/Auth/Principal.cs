using System.Linq;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Auth;

/// <summary>The authenticated caller: its bearer (user, product or license) and the token it used, if any.</summary>
internal sealed record Principal(IBearer? Bearer, Token? Token)
{
    public static readonly Principal Anonymous = new(null, null);

    /// <summary>The cookie session the caller authenticated with, if it did.</summary>
    public Session? Session { get; init; }

    public Role? Role => Bearer?.Role;

    public bool Is(params Role[] roles) => Bearer is not null && roles.Contains(Bearer.Role);

    /// <summary>Admin and developer: the roles Keygen lets do (almost) everything in an account.</summary>
    public bool IsAdmin => Is(Model.Role.Admin, Model.Role.Developer);

    /// <summary>
    /// Who Keygen lets create, change and delete most of an account's resources: admins, developers and an environment's
    /// own token (its writes stay inside its environment, which the store's environment filter already ensures).
    /// </summary>
    public bool Manages => Is(Model.Role.Admin, Model.Role.Developer, Model.Role.Environment);

    /// <summary>The user roles that may read every resource of the account.</summary>
    public bool IsStaff => Is(Model.Role.Admin, Model.Role.Developer, Model.Role.SalesAgent, Model.Role.SupportAgent, Model.Role.ReadOnly);

    /// <summary>
    /// Who reads every resource the request's environment shows: staff, and an environment's own token, which Keygen
    /// scopes to the rows of its environment (the store's environment filter already keeps every other row out).
    /// </summary>
    public bool SeesAll => IsStaff || Is(Model.Role.Environment);
}
