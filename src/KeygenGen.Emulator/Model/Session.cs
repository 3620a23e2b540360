using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>
/// Keygen's cookie session: made when a bearer generates a token from Portal's origin, it authenticates that bearer
/// through an encrypted <c>session_id</c> cookie. A child session (another environment's cookie) dies with its parent.
/// </summary>
internal sealed class Session : Entity
{
    /// <summary>Keygen's Session::MAX_AGE: however often it is extended, a session ends two weeks after it began.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(14);

    public Session(Guid id, DateTimeOffset created, IBearer bearer, Token? token, DateTimeOffset expiry, string ip)
        : base(id, created)
    {
        Bearer = bearer;
        Token = token;
        Expiry = expiry;
        Ip = ip;
    }

    public IBearer Bearer { get; }

    public Token? Token { get; }

    public Session? Parent { get; set; }

    public DateTimeOffset Expiry { get; set; }

    public string? UserAgent { get; set; }

    public string Ip { get; set; }

    public DateTimeOffset? LastUsed { get; set; }

    public bool IsExpired(DateTimeOffset now) => Expiry < now || Created < now - MaxAge;
}
