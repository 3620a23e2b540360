using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// Password changes: a user changing their own (<c>update-password</c>, old password required) and a reset with
/// the token <c>POST /passwords</c> issued (<c>reset-password</c>, valid 24 hours). Both revoke the user's tokens.
/// </summary>
internal static class UserPasswords
{
    private static readonly TimeSpan ResetTokenLifetime = TimeSpan.FromHours(24);

    public static ApiResult Update(ApiRequest request)
    {
        var user = UserModule.FindInScope(request);
        var meta = Fields.Of(request.Params(UserSchemas.UpdatePassword)).Child("meta");
        Access.Require(request, request.Caller.Bearer == user);
        if (user.Password is null || !user.Password.Matches(meta.String("oldPassword")!))
        {
            throw Errors.UnauthorizedWithoutCode("is not valid", ErrorSource.Pointer("/meta/oldPassword"));
        }

        SetPassword(request, user, meta.String("newPassword")!);
        UserModule.RevokeTokens(request, user, except: request.Caller.Token);
        return Listing.One(request, user);
    }

    public static ApiResult Reset(ApiRequest request)
    {
        var user = UserModule.Find(request, _ => true);
        var meta = Fields.Of(request.Params(UserSchemas.ResetPassword)).Child("meta");
        // Without a password, a user of a protected account cannot set one this way.
        Access.Require(
            request,
            (request.Caller.Bearer is null || request.Caller.Bearer == user) && !(user.Role == Role.User && request.Account.Account.Protected && user.Password is null));

        // A wrong token is a 404 so that resets cannot be used to probe which users exist.
        if (user.PasswordResetDigest is null || user.PasswordResetDigest != Secrets.Digest(meta.String("passwordResetToken")!))
        {
            throw Errors.NotFound("user", request.Route("id"));
        }

        if (user.PasswordResetSentAt < request.Now - ResetTokenLifetime)
        {
            throw Errors.UnauthorizedWithoutCode("is expired", ErrorSource.Pointer("/meta/passwordResetToken"));
        }

        SetPassword(request, user, meta.String("newPassword")!);
        UserModule.RevokeTokens(request, user, except: null);
        return Listing.One(request, user);
    }

    private static void SetPassword(ApiRequest request, User user, string password)
    {
        var errors = new ValidationErrors("users", "user");
        UserRules.CheckPassword(errors, "password", password);
        errors.ThrowIfAny();
        user.Password = PasswordHash.Create(password);
        user.PasswordResetDigest = null;
        user.PasswordResetSentAt = null;
        user.Updated = request.Now;
    }
}
