using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>
/// An account's Keygen Cloud billing, emulated without a payment provider: its plan, the subscription's state machine
/// (Keygen's <c>PENDING</c>, <c>TRIALING</c>, <c>SUBSCRIBED</c>, <c>PAUSED</c>, <c>CANCELING</c>, <c>CANCELED</c>) and the card on file.
/// </summary>
internal sealed class Billing : Entity
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public Billing(Guid id, DateTimeOffset created, Plan plan, string state)
        : base(id, created)
    {
        Plan = plan;
        State = state;
        PeriodStart = created;
        PeriodEnd = created.AddMonths(1);
    }

    public Plan Plan { get; set; }

    /// <summary>The state machine's state in lower case, as Keygen stores it (the account's <c>status</c> is its upper case).</summary>
    public string State { get; set; }

    /// <summary>What Stripe would say of the subscription.</summary>
    public string SubscriptionStatus => State switch
    {
        "trialing" => "trialing",
        "paused" => "paused",
        "canceled" => "canceled",
        _ => "active",
    };

    /// <summary>
    /// False for an account Keygen has no billing row for (deleted, or its InitializeBillingWorker has not run): its
    /// billing routes answer 404 and it is served as Keygen's NullBilling (subscribed, active, no card). The emulator keeps
    /// the row for the account's plan, which Keygen keeps on the account.
    /// </summary>
    public bool Initialized { get; set; } = true;

    /// <summary>Keygen's Billing::ACTIVE_STATES: pending, trialing, subscribed and canceling subscriptions still serve the API.</summary>
    public bool IsActive => !Initialized || State is "pending" or "trialing" or "subscribed" or "canceling";

    /// <summary>Keygen's <c>billing.trialing? &amp;&amp; billing.card.nil?</c>: a trial no card has been added to, which tier limits apply to.</summary>
    public bool IsTrialingWithoutCard => Initialized && State == "trialing" && CardBrand is null;

    /// <summary>Keygen's <c>trialing_or_free?</c>: a trial without a card, or a free plan.</summary>
    public bool IsTrialingOrFree => IsTrialingWithoutCard || Plan.Price == 0;

    public DateTimeOffset PeriodStart { get; set; }

    public DateTimeOffset PeriodEnd { get; set; }

    public string? CardBrand { get; set; }

    public string? CardLast4 { get; set; }

    public DateTimeOffset? CardExpiry { get; set; }

    public string? Coupon { get; set; }
}
