using System.Collections.Generic;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// An account's one billing row (Keygen's <c>:billing</c> factory): made with the account, so "creating" one gives the
/// existing row (deleting it leaves the account without billing); its <c>state</c> (subscribed, trialing, paused, canceling, canceled, …) and card can be set.
/// </summary>
internal sealed class BillingSeed : SeedFactory<Billing>
{
    public override string Type => "billings";

    public override bool EnvironmentScoped => false;

    protected override ColumnSetters<Billing> Columns { get; } = new("billings")
    {
        ["state"] = (_, b, v) => b.State = v.RequiredString(),
        ["cardBrand"] = (_, b, v) => b.CardBrand = v.String(),
        ["cardLast4"] = (_, b, v) => b.CardLast4 = v.String(),
        ["cardExpiry"] = (_, b, v) => b.CardExpiry = v.Time(),
        ["subscriptionPeriodStart"] = (_, b, v) => b.PeriodStart = v.Time() ?? b.PeriodStart,
        ["subscriptionPeriodEnd"] = (_, b, v) => b.PeriodEnd = v.Time() ?? b.PeriodEnd,
        ["coupon"] = (_, b, v) => b.Coupon = v.String(),
    };

    public override Entity Create(SeedBuild build)
    {
        var billing = Billings.Of(build.Account);
        billing.Initialized = true;
        Columns.Apply(build, billing);
        return billing;
    }

    /// <summary>The account's billing (the starting account's is made on first use); none when uninitialized, as Keygen has no row then.</summary>
    public override IEnumerable<Entity> Rows(AccountState account) => Billings.Of(account) is { Initialized: true } billing ? [billing] : [];

    /// <summary>
    /// Keygen's <c>account.billing.delete</c>: the account has no billing after, as before InitializeBillingWorker ran
    /// (its plan stays); seeding a billing again initializes it.
    /// </summary>
    public override bool Remove(AccountState account, Entity row)
    {
        var billing = (Billing)row;
        var removed = billing.Initialized;
        billing.Initialized = false;
        return removed;
    }
}
