using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Billing;

/// <summary>
/// Keygen Cloud billing without a payment provider: <c>GET|PATCH /billing</c> (a payment token puts a test card on
/// file, a coupon the emulator has applies, answered 202 like Keygen's asynchronous Stripe update; an account without
/// billing answers 404) and the subscription actions, which move the billing
/// state machine (pause, resume, cancel at period end, renew) or answer 422 when the state does not allow it.
/// Admins only.
/// </summary>
internal sealed class BillingModule : IResourceModule
{
    private static readonly RequestSchema UpdateSchema = RequestSchema.Resource(RequestSchema.TypeOf("billing", "billings"),
    [
        Param.String("id").Optional(),
        Param.Object("attributes", Param.String("token").Optional(), Param.String("coupon").Optional()),
    ]);

    /// <summary>Each action: the states it may start from, the state it leads to and its event.</summary>
    private static readonly (string Action, string[] From, string To, string Event)[] Transitions =
    [
        ("pause", ["subscribed", "trialing"], "paused", "account.subscription.paused"),
        ("resume", ["paused"], "subscribed", "account.subscription.resumed"),
        ("cancel", ["pending", "trialing", "subscribed", "paused"], "canceling", "account.subscription.canceled"),
        ("renew", ["canceling", "canceled"], "subscribed", "account.subscription.renewed"),
    ];

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<Model.Billing>(BillingRenderer.Render);
        routes.WithoutActiveSubscription(() =>
        {
            routes.Get("/billing", Show);
            routes.Update("/billing", Update);
            routes.Post("/actions/manage-subscription", Manage);
            foreach (var transition in Transitions)
            {
                routes.Post($"/actions/{transition.Action}-subscription", request => Move(request, transition));
            }
        });
    }

    private static void RequireAdmin(ApiRequest request) => Access.Require(request, request.Caller.Is(Role.Admin));

    /// <summary>Changes to billing and the subscription: admins, from the global environment only.</summary>
    private static void RequireAdminChange(ApiRequest request)
    {
        RequireAdmin(request);
        EnvironmentalRows.RequireGlobalRequest(request);
    }

    private static ApiResult Show(ApiRequest request)
    {
        var billing = Billings.Initialized(request.Account);
        RequireAdmin(request);
        return Listing.One(request, billing);
    }

    private static ApiResult Update(ApiRequest request)
    {
        var attributes = Fields.Of(request.Params(UpdateSchema)).Child("data").Child("attributes");
        var billing = Billings.Initialized(request.Account);
        RequireAdminChange(request);
        if (attributes.String("token") is { Length: > 0 })
        {
            // Stripe's test card: what the dashboard would show once the token's card is attached.
            (billing.CardBrand, billing.CardLast4, billing.CardExpiry) = ("Visa", "4242", request.Now.AddYears(3));
        }

        if (attributes.String("coupon") is { Length: > 0 } coupon)
        {
            // Stripe refuses a coupon it does not have, and Keygen's UpdateCustomerService answers that with a 422.
            if (!request.Store.HasCoupon(coupon))
            {
                throw new ApiException(new ApiError(422, "Unprocessable entity", "The request could not be completed"));
            }

            billing.Coupon = coupon;
        }

        billing.Updated = request.Now;
        Broadcast.Publish(request, "account.billing.updated", billing);
        return new ApiResult(202, null);
    }

    /// <summary>A billing-portal session: its URL in <c>meta.url</c> and in <c>Location</c>.</summary>
    private static ApiResult Manage(ApiRequest request)
    {
        RequireAdminChange(request);
        var url = $"https://billing.stripe.com/p/session/emulated_{Guid.NewGuid():N}";
        return new ApiResult(200, new JsonObject { ["meta"] = new JsonObject { ["url"] = url } }, url);
    }

    private static ApiResult Move(ApiRequest request, (string Action, string[] From, string To, string Event) transition)
    {
        RequireAdminChange(request);
        var billing = Billings.Of(request.Account);
        if (Array.IndexOf(transition.From, billing.State) < 0)
        {
            throw Errors.Unprocessable($"failed to {transition.Action} {billing.State} subscription", ErrorSource.Pointer("/data/relationships/billing"));
        }

        billing.State = transition.To;
        if (transition.Action == "renew")
        {
            (billing.PeriodStart, billing.PeriodEnd) = (request.Now, request.Now.AddMonths(1));
        }

        billing.Updated = request.Now;
        Broadcast.Publish(request, transition.Event, request.Account);
        return ApiResult.NoContent();
    }
}
