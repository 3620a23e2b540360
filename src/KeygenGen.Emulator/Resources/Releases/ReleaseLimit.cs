using System.Globalization;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Billing;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>
/// Keygen's <c>Release#enforce_release_limit_on_account!</c>: an account trialing without a card, or on a free tier, may
/// hold at most 10 releases (a fixed limit: Keygen's plans have no release limit of their own yet). Checked as Keygen's
/// <c>before_create</c> runs it: after the release's own validations passed.
/// </summary>
internal static class ReleaseLimit
{
    private const int Limit = 10;

    public static void Check(ApiRequest request)
    {
        if (!Billings.Of(request.Account).IsTrialingOrFree || request.Account.Table<Release>().All.Count() < Limit)
        {
            return;
        }

        new ValidationErrors("releases", "release")
            .RelationshipCode(
                "account",
                "ACCOUNT_RELEASE_LIMIT_EXCEEDED",
                string.Create(CultureInfo.InvariantCulture, $"Your tier's release limit of {Limit:N0} has been reached for your account. Please upgrade to a paid tier and add a payment method at https://app.keygen.sh/billing."))
            .ThrowIfAny();
    }
}
