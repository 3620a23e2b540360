using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// The <c>environment</c> relationship environment-scoped resources accept on create (Keygen's Environmental concern,
/// EE with the environments entitlement), authorized as ApplicationPolicy#verify_environment! does: strictly, the
/// environment named must be the one the request runs in (the global one, <c>data: null</c>, only outside any
/// environment); a lax check (tokens generated from the global environment) lets the global environment name any.
/// </summary>
internal static class EnvironmentRelationship
{
    public static Param Param() =>
        // Keygen.ee: only an edition entitled to environments declares the param; CE answers it as unpermitted (400).
        RequestSchema.Relationship("environment", true, "environment", "environments").Optional().When(r => r.Account.IsEnterprise);

    /// <summary>
    /// The environment the body names, once allowed: a 403 when it is not compatible with the current environment, a
    /// 422 when it does not exist. <paramref name="named"/> is false (and the result null) when the body names none.
    /// </summary>
    public static KeygenEnvironment? Verify(ApiRequest request, Fields data, string topic, string model, out bool named, bool strict = true)
    {
        named = data.HasRelationship("environment");
        if (!named)
        {
            return null;
        }

        var current = request.Account.Scope.Current;
        var id = data.LinkageId("environment");
        Access.Require(request, id == current?.Id || (!strict && current is null), "record environment is not compatible with the current environment");
        return id is { } environmentId
            ? request.Account.Table<KeygenEnvironment>().Find(environmentId) ?? throw ValidationErrors.MissingRelationship(topic, model, "environment")
            : null;
    }
}
