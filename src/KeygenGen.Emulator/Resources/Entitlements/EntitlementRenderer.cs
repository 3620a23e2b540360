using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Entitlements;

/// <summary>Entitlements and their two join resources, <c>policy-entitlements</c> and <c>license-entitlements</c>.</summary>
internal static class EntitlementRenderer
{
    public static JsonObject Render(Entitlement entitlement, RenderContext context)
    {
        var account = context.AccountId;
        return new ResourceBuilder("entitlements", entitlement.Id, Links.Resource(account, "entitlements", entitlement.Id))
            .Attribute("name", entitlement.Name)
            .Attribute("code", entitlement.Code)
            .Attribute("metadata", entitlement.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(entitlement.Created))
            .Attribute("updated", JsonValues.Of(entitlement.Updated))
            .Account(account)
            .Build();
    }

    public static JsonObject RenderPolicyGrant(PolicyEntitlement grant, RenderContext context) =>
        Grant("policy-entitlements", grant, "policy", "policies", grant.Policy.Id, context);

    public static JsonObject RenderLicenseGrant(LicenseEntitlement grant, RenderContext context) =>
        Grant("license-entitlements", grant, "license", "licenses", grant.License.Id, context);

    private static JsonObject Grant<T>(string type, T grant, string holder, string holders, System.Guid holderId, RenderContext context)
        where T : State.Entity, IEntitlementGrant
    {
        var account = context.AccountId;
        var entitlementId = grant.Entitlement.Id;
        var related = Links.Related(account, holders, holderId, "entitlements") + "/" + entitlementId;
        return JoinResources.Render(ResourceBuilder.Join(type, grant.Id, related), grant, account, ("entitlement", "entitlements", entitlementId), (holder, holders, holderId));
    }
}
