using System.Globalization;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace Keygen.Emulator.Resources.Billing;

/// <summary>
/// Keygen's daily API request limit (RequestCounter, CurrentAccountConstraints, Account#daily_request_limit): every
/// answered request of an account counts, except those from Keygen's dashboard; an account trialing without a card
/// (2,500 a day) or on a free plan (its plan's <c>maxReqs</c>) that is over its limit is refused with a 402, except
/// from the dashboard. A paid account is never refused.
/// </summary>
internal static class DailyRequestLimit
{
    private const int TrialWithoutCard = 2_500;

    /// <summary>RequestCounter#count_request!: after the request, whatever its answer, once the account is known.</summary>
    public static void Count(Exchange exchange)
    {
        if (exchange.Route is { AccountScoped: true } && exchange.Account is { } account && !DashboardOrigins.Sent(exchange.Http.Request))
        {
            account.DailyRequests.Increment(account.Now);
        }
    }

    /// <summary>The second half of require_active_subscription!; call under the account's lock.</summary>
    public static void Check(AccountState account, HttpRequest request)
    {
        var billing = Billings.Of(account);
        if (DashboardOrigins.Sent(request) || !billing.IsTrialingOrFree)
        {
            return;
        }

        var limit = billing.IsTrialingWithoutCard ? TrialWithoutCard : billing.Plan.MaxReqs;
        var now = account.Now;
        if (limit is null || account.DailyRequests.CountOn(now) <= limit)
        {
            return;
        }

        var tomorrow = now.UtcDateTime.Date.AddDays(1);
        throw new ApiException(new ApiError(
            402,
            "Daily API request limit reached",
            string.Create(CultureInfo.InvariantCulture, $"Daily API request limit of {limit:N0} has been reached for your account. Please add a payment method at https://app.keygen.sh/billing to continue. This limit will reset at {tomorrow:yyyy-MM-dd HH:mm:ss} UTC.")));
    }
}
