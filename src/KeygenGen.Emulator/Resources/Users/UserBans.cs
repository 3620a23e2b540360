using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Users;

/// <summary>Banning a user: its tokens stop working (403 USER_BANNED) and its licenses validate as BANNED.</summary>
internal static class UserBans
{
    public static void Register(RouteTable routes)
    {
        routes.WithoutActiveSubscription(() =>
        {
            routes.Post("/users/{id}/actions/ban", request => Set(request, banned: true));
            routes.Post("/users/{id}/actions/unban", request => Set(request, banned: false));
        });
    }

    private static ApiResult Set(ApiRequest request, bool banned)
    {
        var user = UserModule.FindInScope(request);
        EnvironmentalRows.RequireHere(request, user.Environment);
        Access.Require(request, UserAccess.CanBan(request.Caller, user));
        user.BannedAt = banned ? user.BannedAt ?? request.Now : null;
        user.Updated = request.Now;
        Broadcast.Publish(request, banned ? "user.banned" : "user.unbanned", user);
        return Listing.One(request, user);
    }
}
