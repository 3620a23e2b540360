using System;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Tokens;

/// <summary>Makes and re-makes token secrets: <c>&lt;prefix&gt;-&lt;hex&gt;v3</c>; user tokens expire after two weeks by default.</summary>
internal static class TokenIssuer
{
    public static readonly TimeSpan UserTokenLifetime = TimeSpan.FromDays(14);

    /// <summary>A new token for <paramref name="bearer"/> from the request's attributes; returns it with its secret.</summary>
    public static (Token Token, string Secret) Issue(ApiRequest request, IBearer bearer, Fields attributes)
    {
        var secret = NewSecret(bearer);
        var token = new Token(Guid.NewGuid(), request.Now, bearer, Secrets.Digest(secret))
        {
            Name = attributes.String("name"),
            Expiry = attributes.Has("expiry") ? attributes.Time("expiry") : DefaultExpiry(request, bearer),
            MaxActivations = attributes.Int("maxActivations"),
            MaxDeactivations = attributes.Int("maxDeactivations"),
        };

        var errors = new ValidationErrors("tokens", "token");
        token.Permissions = PermissionInput.ForToken(attributes, bearer, request.Account, errors);
        NumberRules.AtLeast(errors, "maxActivations", token.MaxActivations, 0);
        NumberRules.AtLeast(errors, "maxDeactivations", token.MaxDeactivations, 0);
        if (token.Name?.Length > 255)
        {
            errors.Attribute("name", "TOO_LONG", "is too long (maximum is 255 characters)");
        }

        errors.ThrowIfAny();
        request.Account.Table<Token>().Add(token);
        return (token, secret);
    }

    /// <summary>A new secret for an existing token; an expiring token gets a fresh two weeks.</summary>
    public static string Regenerate(ApiRequest request, Token token)
    {
        var secret = NewSecret(token.Bearer);
        token.Digest = Secrets.Digest(secret);
        if (token.Expiry is not null)
        {
            token.Expiry = request.Now + UserTokenLifetime;
        }

        token.Updated = request.Now;
        return secret;
    }

    private static DateTimeOffset? DefaultExpiry(ApiRequest request, IBearer bearer) =>
        bearer.Role == Role.User ? request.Now + UserTokenLifetime : null;

    /// <summary>Activation (license) tokens carry 16 random bytes, every other kind 32.</summary>
    private static string NewSecret(IBearer bearer) =>
        Secrets.Token(Token.PrefixFor(bearer.Role), bearer.Role == Role.License ? 16 : 32);
}
