using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Auth;

/// <summary>
/// Keygen's sessions: authenticating with a session cookie (Authentication#http_cookie_authenticator), the sessions
/// a token generated from Portal starts, and the cookies an answer sets or expires.
/// </summary>
internal static class Sessions
{
    /// <summary>Keygen's default session length when neither the token nor a parent session says otherwise.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(7);

    /// <summary>The cookie value a Portal request presents for its environment; null when it presents none (then other credentials apply).</summary>
    public static string? PresentedCookie(ApiRequest request)
    {
        var http = request.Http.Request;
        return SessionCookies.FromPortal(http) && http.Cookies.TryGetValue(SessionCookies.NameFor(request.Account.Scope.Current), out var value) ? value : null;
    }

    public static Principal Authenticate(ApiRequest request, string cookie)
    {
        var account = request.Account;
        var id = SessionCookies.Unprotect(account.CookieKey, cookie);
        var session = id is { } sessionId ? account.Table<Session>().Find(sessionId) : null;
        if (session is null || IsOrphaned(account, session))
        {
            throw Errors.Unauthorized("SESSION_INVALID");
        }

        if (session.IsExpired(request.Now))
        {
            throw Errors.Unauthorized("SESSION_EXPIRED", "Session is expired");
        }

        switch (session.Bearer)
        {
            case User { Banned: true }:
                throw Errors.Forbidden("User is banned", "USER_BANNED");
            case License license when !license.Policy.SupportsSessionAuth:
                throw Errors.Forbidden("Session authentication is not allowed by policy", "SESSION_NOT_ALLOWED");
        }

        // A session in use is extended an hour at a time while it is about to end (never past MAX_AGE: see IsExpired).
        if (session.LastUsed is not { } used || used < request.Now.AddHours(-1))
        {
            var extended = session.Expiry - TimeSpan.FromHours(1) < request.Now;
            if (extended)
            {
                session.Expiry += TimeSpan.FromHours(1);
            }

            session.LastUsed = request.Now;
            session.UserAgent = UserAgent(request);
            session.Ip = Ip(request);
            if (extended)
            {
                SessionCookies.Set(request.Http, account.CookieKey, session);
            }
        }

        return new Principal(session.Bearer, session.Token) { Session = session };
    }

    /// <summary>
    /// The session a token generated from Portal for its own bearer starts: in the token's environment, a child of
    /// the session the request used, ending with the token, else with that session, else in a week.
    /// </summary>
    public static void Start(ApiRequest request, Token token)
    {
        if (!SessionCookies.FromPortal(request.Http.Request) || token.Bearer != request.Caller.Bearer)
        {
            return;
        }

        var current = request.Caller.Session;
        var expiry = token.Expiry ?? current?.Expiry ?? request.Now + DefaultLength;
        Add(request, new Session(Guid.NewGuid(), request.Now, token.Bearer, token, expiry, Ip(request))
        {
            Environment = token.Environment,
            Parent = current,
            UserAgent = UserAgent(request),
        });
    }

    /// <summary>
    /// Regenerating a token ends its sessions; when the request's own session was one of them, a successor takes its
    /// place (same environment and expiry) and its cookie is set if the session is the caller's.
    /// </summary>
    public static void Regenerated(ApiRequest request, Token token)
    {
        var account = request.Account;
        foreach (var session in account.Table<Session>().Everywhere.Where(s => s.Token == token).ToList())
        {
            account.Table<Session>().Remove(session);
        }

        if (request.Caller.Session is not { } current || current.Token != token)
        {
            return;
        }

        // Keygen builds the successor with parent: the session it just deleted, which would leave it orphaned (and
        // refused) on its next use; the successor here takes the replaced session's own parent so it stays usable.
        var successor = new Session(Guid.NewGuid(), request.Now, current.Bearer, token, current.Expiry, current.Ip)
        {
            Environment = current.Environment,
            Parent = current.Parent,
            UserAgent = current.UserAgent,
        };
        account.Table<Session>().Add(successor);
        if (successor.Bearer == request.Caller.Bearer)
        {
            SessionCookies.Set(request.Http, account.CookieKey, successor);
        }
    }

    /// <summary>Revoking a token ends its sessions (and their children); revoking the request's own expires its cookies.</summary>
    public static void Revoked(ApiRequest request, Token token)
    {
        var account = request.Account;
        if (request.Caller.Session is { } current && current.Token == token)
        {
            Expire(request.Http, account, current);
        }

        foreach (var session in account.Table<Session>().Everywhere.Where(s => s.Token == token).ToList())
        {
            Remove(account, session);
        }
    }

    /// <summary>
    /// Expires the cookies of <paramref name="session"/> (the global one when null) and of its children, as Keygen's
    /// unset_session_cookies does, plus those of <paramref name="alsoFor"/> (each cookie once, as Rails' jar keeps them).
    /// </summary>
    public static void Expire(Microsoft.AspNetCore.Http.HttpContext http, AccountState account, Session? session, params KeygenEnvironment?[] alsoFor)
    {
        var names = new List<string> { SessionCookies.NameFor(session?.Environment) };
        if (session is not null)
        {
            names.AddRange(Children(account, session).Select(child => SessionCookies.NameFor(child.Environment)));
        }

        names.AddRange(alsoFor.Select(SessionCookies.NameFor));
        foreach (var name in names.Distinct())
        {
            SessionCookies.Unset(http, name);
        }
    }

    /// <summary>Removes a session and, as Keygen's <c>dependent: :destroy_async</c> does, its children.</summary>
    public static void Remove(AccountState account, Session session)
    {
        foreach (var child in Children(account, session))
        {
            Remove(account, child);
        }

        account.Table<Session>().Remove(session);
    }

    private static void Add(ApiRequest request, Session session)
    {
        request.Account.Table<Session>().Add(session);
        SessionCookies.Set(request.Http, request.Account.CookieKey, session);
    }

    private static List<Session> Children(AccountState account, Session session) =>
        account.Table<Session>().Everywhere.Where(s => s.Parent == session).ToList();

    /// <summary>A child whose parent, or a session whose token, is gone no longer authenticates.</summary>
    private static bool IsOrphaned(AccountState account, Session session) =>
        (session.Parent is { } parent && !account.Table<Session>().Everywhere.Contains(parent)) ||
        (session.Token is { } token && !account.Table<Token>().Everywhere.Contains(token));

    private static string? UserAgent(ApiRequest request) => request.Http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;

    /// <summary>The client's address; an in-process request has none, and reads as the loopback it stands for.</summary>
    private static string Ip(ApiRequest request) => request.Http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";
}
