using System;
using System.Collections.Generic;
using Keygen.Emulator.Auth;

namespace Keygen.Emulator.Http;

/// <summary>The endpoints resource modules declare; the host maps each under <c>/v1/accounts/{account}</c> (or <c>/v1</c>).</summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = new();
    private readonly List<Action<ApiRequest>> _housekeeping = new();
    private bool _withoutSubscription;
    private string? _apiVersion;
    private bool _plainJson;

    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>Work Keygen's background jobs do (e.g. culling dead machines), run before each request's handler.</summary>
    public IReadOnlyList<Action<ApiRequest>> Housekeeping => _housekeeping;

    public void BeforeEach(Action<ApiRequest> housekeeping) => _housekeeping.Add(housekeeping);

    public void Get(string template, Handler handler, AuthMode auth = AuthMode.Required) => Add("GET", template, handler, auth);

    /// <summary>A GET that answers any <c>Accept</c> (see <see cref="Route.AnyAccept"/>), mapped as <paramref name="pattern"/> (see <see cref="Route.Pattern"/>).</summary>
    public void GetAnyAccept(string template, string pattern, Handler handler, AuthMode auth) =>
        _routes.Add(Build("GET", template, handler, auth) with { Pattern = pattern, AnyAccept = true });

    public void Post(string template, Handler handler, AuthMode auth = AuthMode.Required) => Add("POST", template, handler, auth);

    /// <summary>A POST that locks the <c>{id}</c> row of <paramref name="collection"/> without waiting (see <see cref="Route.RowLock"/>).</summary>
    public void PostNoWait(string template, Handler handler, string collection) =>
        _routes.Add(Build("POST", template, handler, AuthMode.Required) with { RowLock = collection });

    public void Put(string template, Handler handler, AuthMode auth = AuthMode.Required) => Add("PUT", template, handler, auth);

    public void Delete(string template, Handler handler, AuthMode auth = AuthMode.Required, string? pattern = null) =>
        _routes.Add(Build("DELETE", template, handler, auth) with { Pattern = pattern });

    /// <summary>An account-less, unauthenticated route under <c>/v1</c> (see <see cref="Route.AccountScoped"/>).</summary>
    public void Unscoped(string method, string template, Handler handler) =>
        _routes.Add(new Route(method, template, AuthMode.None, handler) { AccountScoped = false });

    /// <summary>
    /// Declares routes whose Keygen controllers (account, billing, plan, settings, profile, passwords, bans, a user's
    /// show and update, token generate/show/revoke) skip require_active_subscription!, so a canceled account can still
    /// reach them to sign in and resubscribe.
    /// </summary>
    public void WithoutActiveSubscription(Action register)
    {
        _withoutSubscription = true;
        try
        {
            register();
        }
        finally
        {
            _withoutSubscription = false;
        }
    }

    /// <summary>Declares routes Keygen draws only for one API version (its version constraints); other versions get the unknown-route 404.</summary>
    public void ForApiVersion(string version, Action register)
    {
        _apiVersion = version;
        try
        {
            register();
        }
        finally
        {
            _apiVersion = null;
        }
    }

    /// <summary>Declares routes that answer plain JSON for clients that read no JSON:API (Tauri's updater); see <see cref="Route.PlainJson"/>.</summary>
    public void PlainJson(Action register)
    {
        _plainJson = true;
        try
        {
            register();
        }
        finally
        {
            _plainJson = false;
        }
    }

    /// <summary>An update: Keygen routes PATCH and its PUT alias to the same action.</summary>
    public void Update(string template, Handler handler, string? pattern = null)
    {
        _routes.Add(Build("PATCH", template, handler, AuthMode.Required) with { Pattern = pattern });
        _routes.Add(Build("PUT", template, handler, AuthMode.Required) with { Pattern = pattern });
    }

    private void Add(string method, string template, Handler handler, AuthMode auth) => _routes.Add(Build(method, template, handler, auth));

    private Route Build(string method, string template, Handler handler, AuthMode auth) =>
        new(method, template, auth, handler) { RequiresActiveSubscription = !_withoutSubscription, OnlyApiVersion = _apiVersion, PlainJson = _plainJson };
}
