using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Licenses;

internal static class LicenseRenderer
{
    public static JsonObject Render(License license, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "licenses", license.Id);
        var machines = license.Machines;
        return new ResourceBuilder("licenses", license.Id, self)
            .Attribute("name", license.Name)
            .Attribute("key", license.Key)
            .Attribute("expiry", JsonValues.Of(license.Expiry))
            .Attribute("status", license.Status(context.Now))
            .Attribute("uses", license.Uses)
            .Attribute("suspended", license.Suspended)
            .Attribute("scheme", license.Policy.Scheme)
            .Attribute("encrypted", license.Policy.Encrypted)
            .Attribute("strict", license.Policy.Strict)
            .Attribute("floating", license.Policy.Floating)
            .Attribute("protected", license.Protected)
            .Attribute("version", license.LastValidatedVersion)
            .Attribute("maxMachines", JsonValues.Of(license.MaxMachines))
            .Attribute("maxProcesses", JsonValues.Of(license.MaxProcesses))
            .Attribute("maxUsers", JsonValues.Of(license.MaxUsers))
            .Attribute("maxCores", JsonValues.Of(license.MaxCores))
            .Attribute("maxMemory", JsonValues.Of(license.MaxMemory))
            .Attribute("maxDisk", JsonValues.Of(license.MaxDisk))
            .Attribute("maxUses", JsonValues.Of(license.MaxUses))
            .Attribute("requireHeartbeat", license.Policy.RequireHeartbeat)
            .Attribute("requireCheckIn", license.RequiresCheckIn)
            .Attribute("lastValidated", JsonValues.Of(license.LastValidated))
            .Attribute("lastCheckIn", JsonValues.Of(license.LastCheckIn))
            .Attribute("nextCheckIn", JsonValues.Of(license.NextCheckIn))
            .Attribute("lastCheckOut", JsonValues.Of(license.LastCheckOut))
            .Permissions(context, () => BearerPermissions.Of(license, context.Account))
            .Attribute("metadata", license.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(license.Created))
            .Attribute("updated", JsonValues.Of(license.Updated))
            .Account(account)
            .ToOne("product", "products", license.Product.Id, self + "/product")
            .ToOne("policy", "policies", license.Policy.Id, self + "/policy")
            .ToOne("group", "groups", license.Group?.Id, self + "/group")
            .ToOne("owner", "users", license.Owner?.Id, self + "/owner")
            .ToMany("users", self + "/users", new JsonObject { ["count"] = license.UsersCount })
            .ToMany("machines", self + "/machines", new JsonObject
            {
                ["cores"] = machines.Sum(m => (long)(m.Cores ?? 0)),
                ["memory"] = machines.Sum(m => m.Memory ?? 0),
                ["disk"] = machines.Sum(m => m.Disk ?? 0),
                ["count"] = machines.Count,
            })
            .ToMany("tokens", self + "/tokens")
            .ToMany("entitlements", self + "/entitlements")
            .Build();
    }

    /// <summary>A <c>license-users</c> join resource, linked to the user as seen from the license.</summary>
    public static JsonObject RenderLicensee(LicenseUser licensee, RenderContext context)
    {
        var account = context.AccountId;
        var (license, user) = (licensee.License.Id, licensee.User.Id);
        var related = Links.Related(account, "licenses", license, "users") + "/" + user;
        return JoinResources.Render(ResourceBuilder.Join("license-users", licensee.Id, related), licensee, account, ("license", "licenses", license), ("user", "users", user));
    }
}
