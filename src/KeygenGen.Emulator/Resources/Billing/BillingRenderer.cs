using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Resources.Billing;

/// <summary><c>billings</c>: the subscription and card on file; the payment token and coupon are write-only.</summary>
internal static class BillingRenderer
{
    public static JsonObject Render(Model.Billing billing, RenderContext context)
    {
        var account = context.AccountId;
        var root = Links.Account(account);
        return new ResourceBuilder("billings", billing.Id, root + "/billing")
            .Attribute("subscriptionStatus", billing.SubscriptionStatus)
            .Attribute("subscriptionPeriodStart", JsonValues.Of(billing.PeriodStart))
            .Attribute("subscriptionPeriodEnd", JsonValues.Of(billing.PeriodEnd))
            .Attribute("cardExpiry", JsonValues.Of(billing.CardExpiry))
            .Attribute("cardBrand", billing.CardBrand)
            .Attribute("cardLast4", billing.CardLast4)
            .Attribute("state", billing.State)
            .Attribute("created", JsonValues.Of(billing.Created))
            .Attribute("updated", JsonValues.Of(billing.Updated))
            .Account(account)
            .ToOne("plan", "plans", billing.Plan.Id, root + "/plan")
            .Build();
    }
}
