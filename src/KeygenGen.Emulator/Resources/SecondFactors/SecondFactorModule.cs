using System;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Events;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.Resources.Users;

namespace Keygen.Emulator.Resources.SecondFactors;

/// <summary>
/// <c>/users/{user_id}/second-factors</c>: a user's TOTP second factor (one per user). Creating one takes the user's
/// password (or, with 2FA already on, a current code) and shows its secret and otpauth URI until it is enabled;
/// enabling, disabling and deleting an enabled one take a current code. Admins manage anyone's, others only their own.
/// Once enabled, password logins (<c>POST /tokens</c>) need <c>meta.otp</c> too.
/// </summary>
internal sealed class SecondFactorModule : IResourceModule
{
    private static readonly Param Type = RequestSchema.TypeOf("second-factor", "second-factors", "secondFactor", "secondFactors", "second_factor", "second_factors");

    private static readonly RequestSchema CreateSchema = new(
        Param.Object("meta", Param.String("password").Optional(), Param.String("otp").Optional()).Optional());

    private static readonly RequestSchema UpdateSchema = new(
        Param.Object("data", Type, Param.String("id").Optional(), Param.Object("attributes", Param.Boolean("enabled"))),
        Param.Object("meta", Param.String("otp")));

    private static readonly RequestSchema DeleteSchema = new(Param.Object("meta", Param.String("otp").Optional()).Optional());

    public void Register(RouteTable routes, ResourceRenderers renderers)
    {
        renderers.Register<SecondFactor>(Render);
        routes.Get("/users/{user_id}/second-factors", Index);
        routes.Post("/users/{user_id}/second-factors", Create);
        routes.Get("/users/{user_id}/second-factors/{id}", request => Listing.One(request, Find(request)));
        routes.Update("/users/{user_id}/second-factors/{id}", Update);
        routes.Delete("/users/{user_id}/second-factors/{id}", Destroy);
    }

    private static User Owner(ApiRequest request)
    {
        var user = UserRelationships.Find(request);
        Access.Require(request, request.Caller.Is(Role.Admin) || request.Caller.Bearer == user);
        return user;
    }

    private static SecondFactor Find(ApiRequest request)
    {
        var user = Owner(request);
        return Lookup.Find<SecondFactor>(request, "second factor", f => f.User == user);
    }

    private static ApiResult Index(ApiRequest request)
    {
        var user = Owner(request);
        return Listing.Of(request, request.Account.Table<SecondFactor>().All.Where(f => f.User == user));
    }

    private static ApiResult Create(ApiRequest request)
    {
        var meta = Fields.Of(request.Params(CreateSchema)).Child("meta");
        var user = Owner(request);
        var existing = request.Account.Table<SecondFactor>().All.FirstOrDefault(f => f.User == user);
        if (existing is { Enabled: true })
        {
            RequireCode(existing, meta.String("otp"), request.Now);
        }
        else
        {
            RequirePassword(user, meta.String("password"));
        }

        // One factor per user is a unique index in Keygen, so a second one is its generic 409 conflict.
        if (existing is not null)
        {
            throw Errors.Conflict("The request could not be completed because of a conflict");
        }

        var factor = new SecondFactor(Guid.NewGuid(), request.Now, user, Totp.NewSecret());
        request.Account.Table<SecondFactor>().Add(factor);
        Broadcast.Publish(request, "second-factor.created", factor);
        return Listing.Created(request, factor, "second-factors");
    }

    private static ApiResult Update(ApiRequest request)
    {
        var factor = Find(request);
        var body = Fields.Of(request.Params(UpdateSchema));
        RequireCode(factor, body.Child("meta").String("otp"), request.Now);
        factor.Enabled = body.Child("data").Child("attributes").Bool("enabled") == true;
        factor.Updated = request.Now;
        Broadcast.Publish(request, factor.Enabled ? "second-factor.enabled" : "second-factor.disabled", factor);
        return Listing.One(request, factor);
    }

    private static ApiResult Destroy(ApiRequest request)
    {
        var factor = Find(request);
        var meta = Fields.Of(request.Params(DeleteSchema)).Child("meta");
        if (factor.Enabled)
        {
            RequireCode(factor, meta.String("otp"), request.Now);
        }

        Broadcast.Publish(request, "second-factor.deleted", factor);
        request.Account.Table<SecondFactor>().Remove(factor);
        return ApiResult.NoContent();
    }

    /// <summary>Unlike a login, a missing password or code is simply not valid here (no <c>*_REQUIRED</c> codes).</summary>
    private static void RequirePassword(User user, string? password)
    {
        if (string.IsNullOrEmpty(password) || user.Password is null || !user.Password.Matches(password))
        {
            throw Errors.Unauthorized("PASSWORD_INVALID", "password must be valid", ErrorSource.Pointer("/meta/password"));
        }
    }

    private static void RequireCode(SecondFactor factor, string? otp, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(otp) || !factor.Verify(otp, now))
        {
            throw Errors.Unauthorized("OTP_INVALID", "second factor must be valid", ErrorSource.Pointer("/meta/otp"));
        }
    }

    /// <summary>
    /// The secret and URI are shown only while the factor is not enabled, so they cannot be read back later, and never
    /// in webhooks; otherwise the attributes are absent, not null.
    /// </summary>
    private static JsonObject Render(SecondFactor factor, RenderContext context)
    {
        var account = context.AccountId;
        var user = factor.User.Id;
        var resource = new ResourceBuilder("second-factors", factor.Id, Links.Related(account, "users", user, "second-factors") + "/" + factor.Id);
        if (!factor.Enabled && !context.ForWebhook)
        {
            resource.Attribute("uri", factor.Uri).Attribute("secret", factor.Secret);
        }

        return resource
            .Attribute("enabled", factor.Enabled)
            .Attribute("created", JsonValues.Of(factor.Created))
            .Attribute("updated", JsonValues.Of(factor.Updated))
            .Account(account)
            .ToOne("user", "users", user, Links.Resource(account, "users", user))
            .Build();
    }
}
