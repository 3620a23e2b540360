using Keygen.Emulator.Auth;

namespace Keygen.Emulator.Http;

/// <summary>One endpoint: method and path template (relative to <c>/v1/accounts/{account}</c>), its authentication and handler.</summary>
internal sealed record Route(string Method, string Template, AuthMode Auth, Handler Handler)
{
    /// <summary>
    /// For endpoints that lock their resource's row without waiting (Keygen's <c>FOR UPDATE NOWAIT</c>): the
    /// collection whose <c>{id}</c> row they lock. A request arriving while another holds the row is told so
    /// (<see cref="ApiRequest.Contended"/>) and answers a 409 instead of queueing behind it.
    /// </summary>
    public string? RowLock { get; init; }
}
