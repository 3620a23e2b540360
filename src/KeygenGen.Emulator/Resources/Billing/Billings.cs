using System;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Plans;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Billing;

/// <summary>An account's one billing row: made on sign-up, or on first use for the account the emulator started with.</summary>
internal static class Billings
{
    /// <summary>
    /// The account's billing. The starting account is subscribed to the Enterprise plan, whose tier has no limits: the
    /// emulator plays Keygen Cloud's Enterprise edition, and a user's tests should meet a tier's limits (such as the free
    /// tier's active licensed users) only on an account they put on that tier.
    /// </summary>
    public static Model.Billing Of(AccountState account) =>
        account.Table<Model.Billing>().All.FirstOrDefault() ?? Start(account, PlanCatalog.Enterprise, account.Account.Created);

    /// <summary>The account's billing for its billing routes (Keygen's <c>billing!</c>): a 404 when it has none.</summary>
    public static Model.Billing Initialized(AccountState account) =>
        Of(account) is { Initialized: true } billing ? billing : throw Errors.NotFound("billing", null);

    /// <summary>Subscribes a new account to <paramref name="plan"/>, trialing first when the plan has a trial.</summary>
    public static Model.Billing Start(AccountState account, Plan plan, DateTimeOffset now)
    {
        var billing = new Model.Billing(Guid.NewGuid(), now, plan, plan.TrialDuration > 0 ? "trialing" : "subscribed");
        if (plan.TrialDuration > 0)
        {
            billing.PeriodEnd = now.AddSeconds(plan.TrialDuration);
        }

        account.Table<Model.Billing>().Add(billing);
        return billing;
    }
}
