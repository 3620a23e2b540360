using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// The license permit actions: suspend, reinstate, renew, check-in and revoke, with Keygen's 422s when an action
/// does not apply (already suspended, not suspended, no duration to renew by, no check-in required).
/// </summary>
internal static class LicenseActions
{
    public static void Register(RouteTable routes)
    {
        routes.Post("/licenses/{id}/actions/suspend", Suspend);
        routes.Post("/licenses/{id}/actions/reinstate", Reinstate);
        routes.Post("/licenses/{id}/actions/renew", Renew);
        routes.Post("/licenses/{id}/actions/check-in", CheckIn);
        routes.Delete("/licenses/{id}/actions/revoke", Revoke);
    }

    private static ApiResult Suspend(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanManage(request.Caller, license));
        if (license.Suspended)
        {
            throw Errors.Unprocessable("is already suspended", ErrorSource.Pointer("/data/attributes/suspended"));
        }

        license.Suspended = true;
        return Changed(request, license, "license.suspended");
    }

    private static ApiResult Reinstate(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanManage(request.Caller, license));
        if (!license.Suspended)
        {
            throw Errors.Unprocessable("is not suspended", ErrorSource.Pointer("/data/attributes/suspended"));
        }

        license.Suspended = false;
        return Changed(request, license, "license.reinstated");
    }

    /// <summary>Extends the expiry by the policy's duration, from the expiry or from now per the renewal basis.</summary>
    private static ApiResult Renew(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanDestroy(request.Caller, license));
        if (license.Policy.Duration is not { } duration)
        {
            throw Errors.Unprocessable("cannot be renewed because the policy does not have a duration");
        }

        // Keygen answers this case with a 422 whose errors array is empty; the emulator says why.
        if (license.Expiry is not { } expiry)
        {
            throw Errors.Unprocessable("cannot be renewed because the license does not have an expiry");
        }

        var from = license.Policy.RenewalBasis switch
        {
            "FROM_NOW" => request.Now,
            "FROM_NOW_IF_EXPIRED" when license.IsExpired(request.Now) => request.Now,
            _ => expiry,
        };
        license.Expiry = Durations.Add(from, duration);
        return Changed(request, license, "license.renewed");
    }

    private static ApiResult CheckIn(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanCheckIn(request.Caller, license));
        if (!license.RequiresCheckIn)
        {
            throw Errors.Unprocessable("cannot be checked in because the policy does not require it");
        }

        license.LastCheckIn = request.Now;
        return Changed(request, license, "license.checked-in");
    }

    /// <summary>Revoking deletes the license, like <c>DELETE /licenses/{id}</c>, but announces <c>license.revoked</c>.</summary>
    private static ApiResult Revoke(ApiRequest request)
    {
        var license = LicenseModule.Find(request);
        Access.RequireToChange(request, license, LicenseAccess.CanDestroy(request.Caller, license));
        Broadcast.Publish(request, "license.revoked", license);
        Deletions.License(request.Account, license);
        return ApiResult.NoContent();
    }

    private static ApiResult Changed(ApiRequest request, License license, string eventName)
    {
        license.Updated = request.Now;
        Broadcast.Publish(request, eventName, license);
        return Listing.One(request, license);
    }
}
