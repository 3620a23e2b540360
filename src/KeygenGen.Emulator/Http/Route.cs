using Keygen.Emulator.Auth;

namespace Keygen.Emulator.Http;

/// <summary>One endpoint: method and path template (relative to <c>/v1/accounts/{account}</c>), its authentication and handler.</summary>
internal sealed record Route(string Method, string Template, AuthMode Auth, Handler Handler);
