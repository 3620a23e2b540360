using System;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Mail;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Accounts;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Resources.Users;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Service;

/// <summary>
/// <c>POST /v1/accounts</c>: signs up another account, as multiplayer Keygen Cloud does, with its own signing keys,
/// its first admins and a subscription to the chosen plan (trialing when the plan has a trial). The new account is
/// served at once under <c>/v1/accounts/{id or slug}</c>; its public keys are in the answer's <c>meta.keys</c>.
/// The answer itself, like every account-less route's, is signed with the emulator's first account's key.
/// </summary>
internal sealed class SignupModule : IResourceModule
{
    public void Register(RouteTable routes, ResourceRenderers renderers) => routes.Unscoped("POST", "/accounts", Create);

    private static ApiResult Create(ApiRequest request)
    {
        var data = Fields.Of(request.Params(SignupSchemas.Create)).Child("data");
        var attributes = data.Child("attributes");
        var plan = request.Store.FindPlan(data.LinkageId("plan")?.ToString() ?? string.Empty)
            ?? throw ValidationErrors.MissingRelationship("accounts", "account", "plan");
        var admins = data.Child("relationships").Child("admins").Items("data");
        var slug = attributes.String("slug");
        var now = request.Now;
        var account = new Account(Guid.NewGuid(), now, slug ?? string.Empty)
        {
            Name = attributes.String("name") ?? string.Empty,
            Protected = attributes.Bool("protected") == true,

            // Keygen's before_create: the version the sign-up request spoke, unless it named none.
            ApiVersion = request.ApiVersion,
        };

        // Keygen validates what was sent (a slug only if there is one, taken case-insensitively), then downcases the
        // slug and fills in what is missing from the founding admin's email.
        AccountModule.Validate(account, slug is not null && request.Store.Find(slug.ToLowerInvariant()) is not null, slug is not null);
        account.Slug = account.Slug.ToLowerInvariant();
        SignupNames.Autogenerate(request.Store, account, slug is not null, admins[^1].Child("attributes").String("email")!);

        var state = new AccountState(account, request.Store.NewAccountKeys(), request.Account.Clock);
        try
        {
            FoundingAdmins.Add(state, admins, now, environment: null, new ValidationErrors("accounts", "account"));
        }
        catch
        {
            state.Keys.Dispose();
            throw;
        }

        Billings.Start(state, plan, now);
        Mailers.PromptForFirstImpression(state, SignupNames.IsFreeOrDisposableEmail);
        if (!request.Store.TryAdd(state))
        {
            state.Keys.Dispose();
            new ValidationErrors("accounts", "account").Attribute("slug", "TAKEN", "has already been taken").ThrowIfAny();
        }

        // Keygen's unset_session_cookies: a Portal session of another account ends with the sign-up; Rails' cookie jar
        // deletes only a cookie the request carries, so a sign-up without one answers no Set-Cookie.
        if (request.Http.Request.Cookies.ContainsKey(Auth.SessionCookies.NameFor(null)))
        {
            Auth.Sessions.Expire(request.Http, request.Account, null);
        }
        var document = Documents.Single(request.Renderers.Render(state, new RenderContext(state, now)));
        return ApiResult.Created(document, request.AbsoluteUrl(Links.Account(account.Id)));
    }
}
