using System.Linq;
using System.Threading.Tasks;
using Keygen.EndToEnd.Tests.Support;
using Xunit;

namespace Keygen.EndToEnd.Tests.Operations.Billing;

/// <summary>Keygen Cloud billing as the emulator plays it: the account's plan, the card on file and the subscription's states.</summary>
public sealed class BillingOperationsTests(EmulatorFixture emulator) : EndToEndTest(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    [Covers("plans.getCurrent", "plans.change", "billing.get", "billing.update")]
    public Task An_admin_changes_plan_and_card_and_billing_shows_both() => CoveringAsync(async () =>
    {
        var current = await Keygen.Plans.GetCurrentAsync();
        var other = (await Keygen.Plans.ListAsync().ToListAsync()).First(p => p.Id != current.Id);

        // A coupon applies only when the payment provider has it; the emulator knows none until one is made.
        Emulator.Emulator.Data.CreateCoupon("LAUNCH");
        var changed = await Keygen.Plans.ChangeAsync(other.Id);
        await Keygen.Billing.UpdateAsync(new UpdateBillingRequest { Token = "tok_visa", Coupon = "LAUNCH" });
        var billing = await Keygen.Billing.GetAsync();

        Assert.Equal(other.Id, changed.Id);
        Assert.Equal(other.Id, (await Keygen.Plans.GetCurrentAsync()).Id);
        Assert.Equal(other.Id, billing.PlanId);
        Assert.Equal(("Visa", "4242"), (billing.CardBrand, billing.CardLast4));
        Assert.True(billing.CardExpiry > billing.Created);

        var user = await Keygen.UserAsync();
        using var asUser = Keygen.WithAuth(KeygenAuth.Basic(user.Email, Seed.Password));
        var token = await asUser.Tokens.GenerateAsync();
        using var plainUser = Keygen.WithAuth(KeygenAuth.Bearer(token.Token!));
        var denied = await Assert.ThrowsAsync<KeygenApiException>(() => plainUser.Billing.GetAsync());
        Assert.Equal(403, denied.StatusCode);
    });

    [Fact]
    [Covers("accounts.pauseSubscription", "accounts.resumeSubscription", "accounts.cancelSubscription", "accounts.renewSubscription", "accounts.manageSubscription")]
    public Task The_subscription_moves_through_pause_resume_cancel_and_renew() => CoveringAsync(async () =>
    {
        await ExpectStatusAsync("subscribed");

        await Keygen.Accounts.PauseSubscriptionAsync();
        await ExpectStatusAsync("paused");
        var pausedTwice = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Accounts.PauseSubscriptionAsync());
        Assert.Equal(422, pausedTwice.StatusCode);

        await Keygen.Accounts.ResumeSubscriptionAsync();
        await ExpectStatusAsync("subscribed");

        await Keygen.Accounts.CancelSubscriptionAsync();
        await ExpectStatusAsync("canceling");
        var resumeCanceling = await Assert.ThrowsAsync<KeygenApiException>(() => Keygen.Accounts.ResumeSubscriptionAsync());
        Assert.Equal(422, resumeCanceling.StatusCode);

        await Keygen.Accounts.RenewSubscriptionAsync();
        await ExpectStatusAsync("subscribed");

        var portal = await Keygen.Accounts.ManageSubscriptionAsync();
        Assert.StartsWith("https://", portal.Url, System.StringComparison.Ordinal);
    });

    private async Task ExpectStatusAsync(string state) => Assert.Equal(state, (await Keygen.Billing.GetAsync()).State);
}
