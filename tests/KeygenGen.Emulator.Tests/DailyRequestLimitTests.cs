using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// Keygen's daily API request limit: every request of an account counts (not those from Keygen's dashboard), and an
/// account trialing without a card (2,500 a day) or on a free plan (its <c>maxReqs</c>) is refused with a 402 once over
/// it, until the next day on the emulator's clock. A paid account is never refused.
/// </summary>
public sealed class DailyRequestLimitTests
{
    [Fact]
    public async Task A_free_account_is_refused_once_over_its_plans_daily_requests_until_the_next_day()
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });
        var data = session.Emulator.Data;
        var account = data.Account(session.Emulator.AccountId);
        // A plan of its own: the plans the emulator starts with are shared by every emulator in the process.
        var plan = data.CreatePlan(new Dictionary<string, object?> { ["price"] = 0, ["maxReqs"] = 2 });
        Assert.Equal(200, (await session.PatchAsync("/plan", Json.Linkage("plans", plan.Id))).Code);
        account.DailyRequestCount = 0;

        var first = await session.GetAsync("/licenses");
        var second = await session.GetAsync("/licenses");
        var third = await session.GetAsync("/licenses");
        var refused = await session.GetAsync("/licenses");
        var fromDashboard = await session.SendAsync(HttpMethod.Get, "/licenses", null, configure: r => r.Headers.TryAddWithoutValidation("Origin", "https://app.keygen.sh"));
        var counted = account.DailyRequestCount;
        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await session.GetAsync("/licenses");

        Assert.Equal((200, 200, 200), (first.Code, second.Code, third.Code));
        Assert.Equal(402, refused.Code);
        Assert.Equal("Daily API request limit reached", refused.FirstError["title"]!.GetValue<string>());
        Assert.StartsWith("Daily API request limit of 2 has been reached for your account.", refused.FirstError["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, fromDashboard.Code);
        Assert.Equal(4, counted);
        Assert.Equal(200, nextDay.Code);
        Assert.Equal(1, account.DailyRequestCount);
    }

    [Fact]
    public async Task A_trial_without_a_card_has_2500_requests_a_day_and_a_card_lifts_the_limit()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        var billing = account.Create("billing", attributes: new Dictionary<string, object?> { ["state"] = "trialing" });

        account.DailyRequestCount = 2_500;
        var atLimit = await session.GetAsync("/licenses");
        var overLimit = await session.GetAsync("/licenses");
        account.Update(billing, new Dictionary<string, object?> { ["cardBrand"] = "Visa", ["cardLast4"] = "4242" });
        var withCard = await session.GetAsync("/licenses");

        Assert.Equal(200, atLimit.Code);
        Assert.Equal(402, overLimit.Code);
        Assert.Contains("limit of 2,500", overLimit.FirstError["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, withCard.Code);
    }

    [Fact]
    public async Task A_paid_account_is_never_refused()
    {
        await using var session = await EmulatorSession.StartAsync();
        var account = session.Emulator.Data.Account(session.Emulator.AccountId);
        account.DailyRequestCount = 1_000_000_000;

        var response = await session.GetAsync("/licenses");

        Assert.Equal(200, response.Code);
    }
}
