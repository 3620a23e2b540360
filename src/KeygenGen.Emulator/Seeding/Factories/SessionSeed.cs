using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:session</c> factory: a cookie session of a token's bearer (a new admin's token unless a
/// <c>token</c> is given), ending in two weeks, in the bearer's environment unless one is given. <see cref="AccountData.SessionCookie"/> gives the cookie that
/// presents it.
/// </summary>
internal sealed class SessionSeed : SeedFactory<Session>
{
    public override string Type => "sessions";

    protected override ColumnSetters<Session> Columns { get; } = new("sessions")
    {
        ["expiry"] = (_, s, v) => s.Expiry = v.Time() ?? s.Expiry,
        ["userAgent"] = (_, s, v) => s.UserAgent = v.String(),
        ["ip"] = (_, s, v) => s.Ip = v.RequiredString(),
        ["lastUsedAt"] = (_, s, v) => s.LastUsed = v.Time(),
        ["parent"] = (b, s, v) => s.Parent = b.Context.Resolve<Session>(v),
    };

    public override Entity Create(SeedBuild build)
    {
        var token = build.Ref("token", () => build.Dependency<Token>("token", "admin"));
        var environmentGiven = build.Values.Has("environment");
        var session = new Session(SeedNames.Id(build), build.Now, token.Bearer, token, build.Now + Session.MaxAge, "127.0.0.1")
        {
            UserAgent = "keygen/test",
        };

        // Keygen's has_environment default: without an environment given (or current), a session lives where its bearer does.
        return Store(build, session, created =>
        {
            if (!environmentGiven && created.Environment is null)
            {
                created.Environment = created.Bearer as KeygenEnvironment ?? (created.Bearer as Entity)?.Environment;
            }
        });
    }

    public override bool Remove(AccountState account, Entity row)
    {
        var session = (Session)row;
        var present = account.Table<Session>().Everywhere.Contains(session);
        Sessions.Remove(account, session);
        return present;
    }
}
