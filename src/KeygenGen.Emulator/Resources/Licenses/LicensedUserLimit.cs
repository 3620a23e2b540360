using System.Globalization;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Keygen's <c>enforce_active_licensed_user_limit_on_account!</c>: an account trialing without a card, or on a free
/// tier, may not create a license once its active licensed users reach its plan's license (else user) limit. Active
/// licensed users are the distinct users of active licenses, plus each active license that has no user.
/// </summary>
internal static class LicensedUserLimit
{
    /// <param name="request">The request creating the license or license user.</param>
    /// <param name="attached">Users this request has already attached to an active license (not stored yet).</param>
    public static void Check(ApiRequest request, System.Collections.Generic.IEnumerable<Model.User>? attached = null)
    {
        var account = request.Account;
        var billing = Billings.Of(account);
        if (!billing.IsTrialingOrFree || (billing.Plan.MaxLicenses ?? billing.Plan.MaxUsers) is not { } limit)
        {
            return;
        }

        var active = account.Table<Model.License>().All.Where(l => !l.Banned && l.IsActive(request.Now)).ToList();
        var count = active.Count(l => !l.Users.Any()) + active.SelectMany(l => l.Users).Concat(attached ?? []).Distinct().Count();
        if (count >= limit)
        {
            throw new ApiException(new ApiError(
                402,
                "Unprocessable resource",
                string.Create(CultureInfo.InvariantCulture, $"Your tier's active licensed user limit of {limit:N0} has been reached for your account. Please upgrade to a paid tier and add a payment method at https://app.keygen.sh/billing."),
                "ACCOUNT_ALU_LIMIT_EXCEEDED",
                ErrorSource.Pointer("/data/relationships/account")));
        }
    }
}
