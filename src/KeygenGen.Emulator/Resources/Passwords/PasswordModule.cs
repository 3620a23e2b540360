using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Mail;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Users;

namespace Keygen.Emulator.Resources.Passwords;

/// <summary>
/// <c>POST /passwords</c>: requests a password reset for <c>meta.email</c>. Always 204, whether or not the user
/// exists. The reset token is in the <c>user.password-reset</c> webhook event's payload (<c>meta.passwordResetToken</c>),
/// as Keygen provides it to integrators, and, unless <c>meta.deliver</c> is false, in the <c>password_reset</c> email
/// the emulator keeps in the account's outbox (<see cref="Seeding.AccountData.Mails"/>) instead of sending it.
/// </summary>
internal sealed class PasswordModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers) => routes.WithoutActiveSubscription(() => routes.Post("/passwords", RequestReset, AuthMode.None));

    private static ApiResult RequestReset(ApiRequest request)
    {
        var meta = Fields.Of(request.Params(UserSchemas.RequestReset)).Child("meta");
        var email = meta.String("email")!;
        var user = request.Account.Table<User>().All.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
        if (user is not null)
        {
            var token = Secrets.VersionedHex(32);
            user.PasswordResetDigest = Secrets.Digest(token);
            user.PasswordResetSentAt = request.Now;
            Broadcast.Publish(request, "user.password-reset", user, new JsonObject { ["passwordResetToken"] = token });
            if (meta.Bool("deliver") != false)
            {
                Mailers.PasswordReset(request.Account, user, token);
            }
        }

        return ApiResult.NoContent();
    }
}
