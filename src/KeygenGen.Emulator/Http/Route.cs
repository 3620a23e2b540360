using Keygen.Emulator.Auth;

namespace Keygen.Emulator.Http;

/// <summary>
/// One endpoint: method and path template (relative to <c>/v1/accounts/{account}</c>, or to <c>/v1</c> when not
/// <see cref="AccountScoped"/>), its authentication and handler.
/// </summary>
internal sealed record Route(string Method, string Template, AuthMode Auth, Handler Handler)
{
    /// <summary>
    /// For endpoints that lock their resource's row without waiting (Keygen's <c>FOR UPDATE NOWAIT</c>): the
    /// collection whose <c>{id}</c> row they lock. A request arriving while another holds the row is told so
    /// (<see cref="ApiRequest.Contended"/>) and answers a 409 instead of queueing behind it.
    /// </summary>
    public string? RowLock { get; init; }

    /// <summary>
    /// False for Keygen's account-less service routes (<c>/v1/plans</c>, <c>/v1/accounts</c>, …): they answer for the
    /// emulator's first account, as a singleplayer Keygen answers for its one account, and are signed with its key.
    /// </summary>
    public bool AccountScoped { get; init; } = true;

    /// <summary>Keygen's require_active_subscription!: the account's subscription must be active (see <see cref="RouteTable.WithoutActiveSubscription"/>).</summary>
    public bool RequiresActiveSubscription { get; init; } = true;

    /// <summary>The one API version the route exists for (see <see cref="RouteTable.ForApiVersion"/>); null for every version.</summary>
    public string? OnlyApiVersion { get; init; }

    /// <summary>
    /// Routes Keygen draws with <c>defaults: { format: :json }</c> (see <see cref="RouteTable.PlainJson"/>): answered,
    /// errors too, as <c>application/json</c> whatever JSON:API type was negotiated.
    /// </summary>
    public bool PlainJson { get; init; }

    /// <summary>
    /// The ASP.NET Core route pattern when it differs from <see cref="Template"/> (which permissions, migrations and
    /// logs key on): e.g. a catch-all for ids Keygen lets contain slashes (<c>constraints: { id: /.*/ }</c>).
    /// </summary>
    public string? Pattern { get; init; }

    /// <summary>
    /// Routes Keygen draws outside its mime type constraints (<c>format: /.*/</c>, JSON:API by default), so any
    /// <c>Accept</c> is answered: plain JSON when asked for, else JSON:API.
    /// </summary>
    public bool AnyAccept { get; init; }
}
