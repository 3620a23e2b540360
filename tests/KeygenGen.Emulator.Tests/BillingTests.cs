using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Keygen Cloud billing without a payment provider: an account whose billing was deleted has none (404, served as
/// active), and a coupon applies only once the emulated provider has it.
/// </summary>
public sealed class BillingTests
{
    [Fact]
    public async Task An_account_without_billing_answers_404_for_it_and_still_serves_its_resources()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        Assert.True(account.Delete(account.List("billing").Single()));

        var billing = await session.GetAsync("/billing");
        var update = await session.PatchAsync("/billing", Json.Resource("billings", new JsonObject { ["token"] = "tok_visa" }));
        var licenses = await session.GetAsync("/licenses");
        var shown = await session.GetAsync(string.Empty);

        Assert.Equal((404, 404), (billing.Code, update.Code));
        Assert.Equal("The requested billing was not found", billing.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(200, licenses.Code);
        Assert.Null(shown.Attributes["status"]);
        Assert.Null(shown.Data["relationships"]!["billing"]);
        Assert.Empty(account.List("billing"));
    }

    [Fact]
    public async Task A_coupon_applies_only_when_the_payment_provider_has_it()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.Data.CreateCoupon("LAUNCH");

        var unknown = await session.PatchAsync("/billing", Json.Resource("billings", new JsonObject { ["coupon"] = "launch" }));
        var applied = await session.PatchAsync("/billing", Json.Resource("billings", new JsonObject { ["coupon"] = "LAUNCH" }));

        Assert.Equal(422, unknown.Code);
        Assert.Equal("Unprocessable entity", unknown.FirstError["title"]!.GetValue<string>());
        Assert.Equal(202, applied.Code);
    }
}
