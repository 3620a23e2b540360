using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Plans;

/// <summary><c>plans</c>: account-less resources, linked under <c>/v1/plans</c>; <c>private</c> is sent only when true.</summary>
internal static class PlanRenderer
{
    public static string Link(Plan plan) => $"/v1/plans/{plan.Id}";

    public static JsonObject Render(Plan plan, RenderContext context)
    {
        var builder = new ResourceBuilder("plans", plan.Id, Link(plan))
            .Attribute("name", plan.Name)
            .Attribute("price", plan.Price)
            .Attribute("interval", plan.Interval)
            .Attribute("trialDuration", plan.TrialDuration)
            .Attribute("requestLogRetentionDuration", plan.RequestLogRetentionDuration)
            .Attribute("eventLogRetentionDuration", plan.EventLogRetentionDuration)
            .Attribute("maxReqs", JsonValues.Of(plan.MaxReqs))
            .Attribute("maxAdmins", JsonValues.Of(plan.MaxAdmins))
            .Attribute("maxUsers", JsonValues.Of(plan.MaxUsers))
            .Attribute("maxPolicies", JsonValues.Of(plan.MaxPolicies))
            .Attribute("maxLicenses", JsonValues.Of(plan.MaxLicenses))
            .Attribute("maxProducts", JsonValues.Of(plan.MaxProducts))
            .Attribute("maxStorage", JsonValues.Of(plan.MaxStorage))
            .Attribute("maxTransfer", JsonValues.Of(plan.MaxTransfer))
            .Attribute("maxUpload", JsonValues.Of(plan.MaxUpload));
        if (plan.Private)
        {
            builder.Attribute("private", true);
        }

        return builder
            .Attribute("created", JsonValues.Of(plan.Created))
            .Attribute("updated", JsonValues.Of(plan.Updated))
            .Build();
    }
}
