using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.Auth;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Tokens;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Seeding;

/// <summary>
/// One account's data, written and read in process: resources made by name with Keygen's factory defaults and traits,
/// tokens for any bearer, and every stored resource listed oldest first. What it writes is what the HTTP routes read.
/// </summary>
/// <example>
/// An expired license on a floating policy with three machines, and a token to act as that license:
/// <code>
/// var account = emulator.Data.Account(emulator.AccountId);
/// var policy = account.Create("policy", ["floating"], new Dictionary&lt;string, object?&gt; { ["maxMachines"] = 3 });
/// var license = account.Create("license", ["expired"], new Dictionary&lt;string, object?&gt; { ["policy"] = policy });
/// account.Create("machine", 3, attributes: new Dictionary&lt;string, object?&gt; { ["license"] = license });
/// string token = account.TokenFor(license).Secret;
/// </code>
/// </example>
public sealed class AccountData
{
    private readonly SeedContext _seeding;

    internal AccountData(EmulatorStore store, AccountState state, ResourceRenderers renderers, SeedFactories factories)
    {
        State = state;
        _seeding = new SeedContext(store, state, renderers, factories);
    }

    /// <summary>The account's UUID.</summary>
    public string Id => State.Account.Id.ToString();

    /// <summary>The account's slug.</summary>
    public string Slug => State.Account.Slug;

    /// <summary>The account's Ed25519 public key as hex; it verifies response signatures and ED25519_SIGN keys.</summary>
    public string PublicKeyHex => State.Keys.Ed25519.PublicKeyHex;

    /// <summary>The account's RSA-2048 public key (PEM), for RSA signatures and RSA license key schemes.</summary>
    public string RsaPublicKeyPem => State.Keys.RsaPublicKeyPem;

    /// <summary>The account's ECDSA P-256 public key (PEM).</summary>
    public string EcdsaPublicKeyPem => State.Keys.EcdsaPublicKeyPem;

    /// <summary>The account as <c>GET /v1/accounts/{id}</c> renders it.</summary>
    public JsonObject Document => Locked(() => _seeding.Renderers.Render(State, new RenderContext(State, State.Now)));

    /// <summary>
    /// The environment new resources are created in when neither a trait (<c>isolated</c>, <c>shared</c>, <c>global</c>)
    /// nor an <c>environment</c> attribute decides (Keygen's current environment); null, the default, is global.
    /// </summary>
    public DataRecord? CurrentEnvironment
    {
        get => Locked(() => _seeding.CurrentEnvironment is { } environment ? Record(environment) : null);
        set => Locked(() => _seeding.CurrentEnvironment = value is null ? null : (KeygenEnvironment)value.Row);
    }

    internal AccountState State { get; }

    /// <summary>
    /// Makes one resource the way Keygen's factory of that name does (<c>license</c>, <c>policy</c>, <c>webhook-endpoint</c>,
    /// <c>admin</c>, …; singular or plural): its defaults, then the <paramref name="traits"/> (<c>expired</c>,
    /// <c>floating</c>, <c>isolated</c>, …), then the <paramref name="attributes"/> (Keygen's names in any case; a
    /// relationship as a <see cref="DataRecord"/> or an id). Missing dependencies are made too (a license gets a policy,
    /// the policy a product). An unknown factory, trait or attribute is an <see cref="ArgumentException"/> naming it.
    /// </summary>
    public DataRecord Create(string type, IEnumerable<string>? traits = null, IReadOnlyDictionary<string, object?>? attributes = null) =>
        Locked(() => Record(_seeding.Create(type, traits ?? [], SeedValues.Of(attributes), EnvironmentChoice.Undecided)));

    /// <summary>Makes <paramref name="count"/> resources alike (each gets its own dependencies unless the attributes name them).</summary>
    public IReadOnlyList<DataRecord> Create(string type, int count, IEnumerable<string>? traits = null, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var names = traits?.ToList() ?? [];
        return Enumerable.Range(0, count).Select(_ => Create(type, names, attributes)).ToList();
    }

    /// <summary>
    /// Every stored resource of a type, in every environment, oldest first. A role lists those users (<c>admins</c>,
    /// <c>developers</c>, …); <c>users</c> lists every user.
    /// </summary>
    public IReadOnlyList<DataRecord> List(string type) => Locked(() =>
    {
        var entry = _seeding.Factories.Find(type);
        return entry.Factory.Rows(State).Where(entry.Denotes).OrderBy(row => row.Created).ThenBy(row => row.Sequence).Select(Record).ToList();
    });

    /// <summary>The resource of a type with this id; null when there is none.</summary>
    public DataRecord? Find(string type, string id) => List(type).FirstOrDefault(record => string.Equals(record.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Assigns attributes to a stored resource without validation (FactoryBot's <c>save(validate: false)</c>), so a
    /// test can put it in any state: a past <c>lastValidatedAt</c>, a used-up <c>uses</c>, another <c>policy</c>, …
    /// </summary>
    public void Update(DataRecord record, IReadOnlyDictionary<string, object?> attributes)
    {
        ArgumentNullException.ThrowIfNull(record);
        Locked(() =>
        {
            var factory = FactoryOf(record);
            factory.Assign(new SeedBuild(_seeding, SeedValues.Of(attributes), EnvironmentChoice.Of(record.Row.Environment)), record.Row);
            return record;
        });
    }

    /// <summary>Deletes a stored resource and what Keygen deletes with it; false when it is gone already.</summary>
    public bool Delete(DataRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Locked(() => FactoryOf(record).Remove(State, record.Row));
    }

    /// <summary>
    /// A token to authenticate as <paramref name="bearer"/> (a user, product, license or environment): the bearer's
    /// first token, made now if it has none (in <paramref name="environment"/>, else the current environment, else the
    /// bearer's), with a new secret, as Keygen's <c>tokens.first_or_create!</c> then <c>regenerate!</c> does.
    /// </summary>
    public IssuedToken TokenFor(DataRecord bearer, DataRecord? environment = null)
    {
        ArgumentNullException.ThrowIfNull(bearer);
        return Locked(() =>
        {
            var owner = bearer.Row as IBearer ?? throw new ArgumentException($"{bearer} cannot hold tokens.", nameof(bearer));
            var tokens = State.Table<Token>();
            var token = tokens.Everywhere.Where(t => t.Bearer == owner).OrderBy(t => t.Created).ThenBy(t => t.Sequence).FirstOrDefault();
            var secret = Secrets.Token(Token.PrefixFor(owner.Role), owner.Role == Role.License ? 16 : 32);
            if (token is null)
            {
                token = new Token(Guid.NewGuid(), State.Now, owner, Secrets.Digest(secret))
                {
                    Environment = (KeygenEnvironment?)environment?.Row ?? _seeding.CurrentEnvironment ?? bearer.Row.Environment,
                    Expiry = owner.Role == Role.User ? State.Now + TokenIssuer.UserTokenLifetime : null,
                };
                tokens.Add(token);
            }
            else
            {
                token.Digest = Secrets.Digest(secret);
            }

            return new IssuedToken(Record(token), secret);
        });
    }

    /// <summary>
    /// The cookie that authenticates with a stored session (see <c>sessions</c>), as Keygen's Set-Cookie carries it.
    /// </summary>
    public SessionCookie SessionCookie(DataRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var row = session.Row as Session ?? throw new ArgumentException($"{session} is not a session.", nameof(session));
        return new SessionCookie(SessionCookies.NameFor(row.Environment), SessionCookies.Protect(State.CookieKey, row.Id));
    }

    /// <summary>A cookie value for a session id that need not exist (an invalid session), encrypted as a real one is.</summary>
    public string SessionCookieValue(Guid sessionId) => SessionCookies.Protect(State.CookieKey, sessionId);

    /// <summary>The session id an encrypted session cookie value carries; null when this account did not make it.</summary>
    public string? SessionIdOf(string cookieValue)
    {
        ArgumentNullException.ThrowIfNull(cookieValue);
        return SessionCookies.Unprotect(State.CookieKey, cookieValue)?.ToString();
    }

    /// <summary>
    /// A password reset token for a user, as <c>POST /passwords</c> makes one and Keygen emails it: the user's
    /// outstanding reset is replaced. <paramref name="sentAt"/> backdates it (tokens expire after a while).
    /// </summary>
    public string PasswordResetToken(DataRecord user, DateTimeOffset? sentAt = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Locked(() =>
        {
            var row = user.Row as User ?? throw new ArgumentException($"{user} is not a user.", nameof(user));
            var token = Secrets.VersionedHex(32);
            row.PasswordResetDigest = Secrets.Digest(token);
            row.PasswordResetSentAt = sentAt ?? State.Now;
            return token;
        });
    }

    /// <summary>
    /// The emails the account's requests queued, oldest first, which the emulator keeps instead of sending: a
    /// <c>password_reset</c> carries the token <c>POST /users/{id}/actions/reset-password</c> takes.
    /// </summary>
    public IReadOnlyList<Mail.SentMail> Mails => Locked(() => State.Outbox.All);

    /// <summary>
    /// Today's request count (on the emulator's clock), which Keygen's daily request limit is checked against; set it to
    /// play an account that has used up its day.
    /// </summary>
    public long DailyRequestCount
    {
        get => State.DailyRequests.CountOn(State.Now);
        set => State.DailyRequests.Set(State.Now, value);
    }

    /// <summary>The code a second factor's authenticator app shows now (on the emulator's clock), to log in or confirm with.</summary>
    public string OneTimePassword(DataRecord secondFactor)
    {
        ArgumentNullException.ThrowIfNull(secondFactor);
        var factor = secondFactor.Row as SecondFactor ?? throw new ArgumentException($"{secondFactor} is not a second factor.", nameof(secondFactor));
        return Totp.Code(factor.Secret, Totp.StepOf(State.Now));
    }

    /// <summary>Assigns account attributes (<c>name</c>, <c>slug</c>, <c>protected</c>, <c>apiVersion</c>, <c>createdAt</c>) without validation.</summary>
    public void UpdateAccount(IReadOnlyDictionary<string, object?> attributes) => Locked(() =>
    {
        foreach (var (name, given) in attributes)
        {
            var value = new SeedValue(name, given);
            var account = State.Account;
            switch (SeedValues.Normalize(name))
            {
                case "name": account.Name = value.RequiredString(); break;
                case "slug": account.Slug = value.RequiredString(); break;
                case "protected": account.Protected = value.Bool() == true; break;
                case "apiVersion": account.ApiVersion = value.RequiredString(); break;
                case "createdAt": account.Created = value.Time() ?? account.Created; break;
                default: throw new ArgumentException($"Seeding accounts: unknown attribute '{name}'. Known: apiVersion, createdAt, name, protected, slug.");
            }
        }

        return State.Account;
    });

    internal DataRecord Record(Entity row) => new(State, this, _seeding.Renderers, row);

    private SeedFactory FactoryOf(DataRecord record) =>
        _seeding.Factories.All.FirstOrDefault(f => f.Rows(State).Contains(record.Row))
        ?? throw new ArgumentException($"{record} is not a resource of account {Slug} that seeding can change.");

    private T Locked<T>(Func<T> action)
    {
        lock (State.Sync)
        {
            return action();
        }
    }
}
