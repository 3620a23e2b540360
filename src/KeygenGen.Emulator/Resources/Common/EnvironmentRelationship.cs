using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// The <c>environment</c> relationship environment-scoped resources accept on create (Keygen's Environmental concern,
/// EE with the environments entitlement). The record is authorized strictly (ApplicationPolicy#verify_environment!):
/// the environment it names must be the one the request runs in, the global one (<c>data: null</c>) only outside
/// any environment; naming another is a 403, never a move across environments.
/// </summary>
internal static class EnvironmentRelationship
{
    public static Param Param() => RequestSchema.Relationship("environment", true, "environment", "environments").Optional();

    /// <summary>Denies the request when the body names an environment other than the current one.</summary>
    public static void Verify(ApiRequest request, Fields data)
    {
        if (!data.HasRelationship("environment"))
        {
            return;
        }

        var current = request.Account.Scope.Current;
        Access.Require(request, data.LinkageId("environment") == current?.Id, "record environment is not compatible with the current environment");
    }
}
