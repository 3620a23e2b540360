using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.Versions;

/// <summary>
/// Licenses up to 1.5: the owner relationship was called <c>user</c> (with its own related link), and a missing owner
/// on create or update was <c>USER_NOT_FOUND</c> at <c>/data/relationships/user</c>. Keygen's
/// <c>rename_owner_relationship_to_user_for_license(s)</c> and <c>rename_owner_not_found_error_code_for_license</c>.
/// </summary>
internal static class LicenseMigrations
{
    public static readonly ResponseMigration[] All =
    [
        new("1.5", (_, status) => ResponseMigrations.Succeeded(status), RenameOwnerToUser),
        new("1.5", IsLicenseWrite, RenameOwnerNotFound),
    ];

    private static void RenameOwnerToUser(JsonObject document)
    {
        foreach (var license in ResponseMigrations.Resources(document).Where(r => r["type"]?.GetValue<string>() == "licenses"))
        {
            if (license["relationships"] is not JsonObject relationships || relationships["owner"] is not JsonObject user)
            {
                continue;
            }

            relationships.Remove("owner");

            var account = relationships["account"]?["data"]?["id"]?.GetValue<string>();
            user["links"] = new JsonObject { ["related"] = $"/v1/accounts/{account}/licenses/{license["id"]}/user" };
            relationships["user"] = user;
        }
    }

    private static bool IsLicenseWrite(Route route, int status) =>
        status == 422 && route.Template is "/licenses" or "/licenses/{id}" or "/licenses/{license_id}/user" && route.Method is "POST" or "PATCH" or "PUT";

    private static void RenameOwnerNotFound(JsonObject document)
    {
        foreach (var error in (document["errors"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (string.Equals(error["code"]?.GetValue<string>(), "OWNER_NOT_FOUND", StringComparison.Ordinal))
            {
                error["code"] = "USER_NOT_FOUND";
                error["source"] = new JsonObject { ["pointer"] = "/data/relationships/user" };
            }
        }
    }
}
