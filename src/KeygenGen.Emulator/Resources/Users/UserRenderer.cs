using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Users;

internal static class UserRenderer
{
    public static JsonObject Render(User user, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "users", user.Id);
        return new ResourceBuilder("users", user.Id, self)
            .Attribute("fullName", user.FullName)
            .Attribute("firstName", user.FirstName)
            .Attribute("lastName", user.LastName)
            .Attribute("email", user.Email)
            .Attribute("status", Status(user, context))
            .Attribute("role", UserRoles.NameOf(user.Role))
            .Permissions(context, () => BearerPermissions.Of(user, context.Account))
            .Attribute("metadata", user.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(user.Created))
            .Attribute("updated", JsonValues.Of(user.Updated))
            .Account(account)
            .ToOne("group", "groups", user.Group?.Id, self + "/group")
            .ToMany("products", self + "/products")
            .ToMany("licenses", self + "/licenses")
            .ToMany("machines", self + "/machines")
            .ToMany("tokens", self + "/tokens")
            .ToMany("secondFactors", self + "/second-factors")
            .Build();
    }

    /// <summary>
    /// BANNED; ACTIVE when created in the last 90 days or with a license (owned or attached) made, validated, checked out
    /// or in within them (Keygen's <c>any_active_licenses</c>, whatever the license's own status); else INACTIVE.
    /// </summary>
    public static string Status(User user, RenderContext context)
    {
        if (user.Banned)
        {
            return "BANNED";
        }

        var active = user.Created >= context.Now.AddDays(-90)
            || Visibility.LicensesOf(user, context.Account).Any(l => l.IsActive(context.Now));
        return active ? "ACTIVE" : "INACTIVE";
    }
}
