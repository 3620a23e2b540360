using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// An account's one billing row (Keygen's <c>:billing</c> factory): made with the account, so "creating" one gives the
/// existing row; its <c>state</c> (subscribed, trialing, paused, canceling, canceled, …) and card can be set.
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
        Columns.Apply(build, billing);
        return billing;
    }
}
