using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Keygen's <c>Environmental</c> concern for a row being created: the environment it lives in, that it may only be
/// created in the request's own environment (<c>verify_environment!</c>, strict), and that what it belongs to lives
/// where it can reach (<c>ENVIRONMENT_NOT_ALLOWED</c> "must be compatible with … environment").
/// </summary>
internal static class EnvironmentalRows
{
    /// <summary>
    /// The environment named by <c>relationships.environment</c> (null data: global; an unknown one is
    /// <c>ENVIRONMENT_NOT_FOUND</c>), else the request's, else <paramref name="fallback"/> (the model's default).
    /// </summary>
    public static KeygenEnvironment? Chosen(ApiRequest request, Fields data, string topic, string model, KeygenEnvironment? fallback = null)
    {
        if (!data.HasRelationship("environment"))
        {
            return request.Account.Scope.Current ?? fallback;
        }

        return data.LinkageId("environment") is { } id
            ? request.Account.Table<KeygenEnvironment>().Find(id) ?? throw ValidationErrors.MissingRelationship(topic, model, "environment")
            : null;
    }

    /// <summary>A new row must live in the request's environment; elsewhere Keygen denies the request (403).</summary>
    public static void RequireHere(ApiRequest request, KeygenEnvironment? home) =>
        Access.Require(request, home == request.Account.Scope.Current, "record environment is not compatible with the current environment");

    /// <summary>
    /// Changing or deleting an existing row (Keygen's strict <c>verify_environment!</c> on the record): only one of the
    /// request's own environment; a global row seen from a shared environment may be read there but not written (403).
    /// <paramref name="what"/> names the row as Keygen's authorization context does (the record, or the parent it changes).
    /// </summary>
    public static void RequireWritableHere(ApiRequest request, Entity row, string what = "record") =>
        Access.Require(
            request,
            !row.IsEnvironmentScoped || row.Environment == request.Account.Scope.Current,
            what + " environment is not compatible with the current environment");

    /// <summary>
    /// Changing the account itself (its attributes, plan, billing, subscription): a record outside environments, which
    /// Keygen's strict <c>verify_environment!</c> lets be written only from the global environment (403 otherwise).
    /// </summary>
    public static void RequireGlobalRequest(ApiRequest request) =>
        Access.Require(request, request.Account.Scope.Current is null, "record is not compatible with the current environment");

    /// <summary>
    /// A row in <paramref name="home"/> may belong to a row of the same environment, and in a shared environment also
    /// to a global one; a global admin may be linked from anywhere (admins escape isolation).
    /// </summary>
    public static void CheckAssociation(ValidationErrors errors, KeygenEnvironment? home, Entity? association, string name)
    {
        if (association is null || !association.IsEnvironmentScoped)
        {
            return;
        }

        var there = association.Environment;
        var compatible = home switch
        {
            null => there is null,
            { IsolationStrategy: "SHARED" } => there == home || there is null,
            _ => there == home || association is User { Role: Role.Admin, Environment: null },
        };
        if (!compatible)
        {
            errors.Relationship("environment", "NOT_ALLOWED", $"must be compatible with {name} environment");
        }
    }
}
