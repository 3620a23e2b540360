using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>
/// The <c>permissions</c> attribute requests may set (EE only; CE answers it as an unpermitted parameter): which bearers
/// may send it, and Keygen's check of what is sent (an unknown action, or one the holder may not hold, is a 422
/// <c>PERMISSIONS_NOT_ALLOWED</c> "unsupported permissions").
/// </summary>
internal static class PermissionInput
{
    /// <summary>The optional <c>permissions</c> array, accepted in EE from <paramref name="senders"/> (anyone when none are named).</summary>
    public static Param Param(params Role[] senders) =>
        JsonApi.Params.Param.StringArray("permissions").Optional()
            .When(r => r.Account.IsEnterprise && (senders.Length == 0 || r.Caller.Is(senders)));

    /// <summary>Gives <paramref name="bearer"/> the permissions sent, if any; a 422 about <paramref name="topic"/> when it may not hold them.</summary>
    public static void Apply(IBearer bearer, Fields attributes, string topic, string model)
    {
        if (Given(attributes, bearer.Role, topic, model) is { } given)
        {
            bearer.Permissions = given;
        }
    }

    /// <summary>The permissions sent for a bearer with <paramref name="role"/>, null when none; a 422 when it may not hold them.</summary>
    public static IReadOnlySet<string>? Given(Fields attributes, Role role, string topic, string model)
    {
        var errors = new ValidationErrors(topic, model);
        var given = ForBearer(attributes, role, errors);
        errors.ThrowIfAny();
        return given;
    }

    /// <summary>The permissions given for a user, license, product or environment with <paramref name="role"/>; null when none were sent.</summary>
    public static IReadOnlySet<string>? ForBearer(Fields attributes, Role role, ValidationErrors errors) =>
        Read(attributes, errors, PermissionCatalog.AllowedFor(role));

    /// <summary>
    /// The permissions given for a token of <paramref name="bearer"/>: within what the bearer holds (all it may hold, when
    /// it holds the wildcard); null when none were sent.
    /// </summary>
    public static IReadOnlySet<string>? ForToken(Fields attributes, IBearer bearer, AccountState account, ValidationErrors errors)
    {
        var held = BearerPermissions.Own(bearer, account);
        return Read(attributes, errors, held.Contains(PermissionCatalog.Wildcard) ? PermissionCatalog.AllowedFor(bearer.Role) : held);
    }

    private static HashSet<string>? Read(Fields attributes, ValidationErrors errors, IReadOnlySet<string> allowed)
    {
        if (attributes.Strings("permissions") is not { } actions)
        {
            return null;
        }

        if (!actions.All(a => a == PermissionCatalog.Wildcard || (PermissionCatalog.IsKnown(a) && allowed.Contains(a))))
        {
            errors.Attribute("permissions", "NOT_ALLOWED", "unsupported permissions");
        }

        return actions.ToHashSet();
    }
}
