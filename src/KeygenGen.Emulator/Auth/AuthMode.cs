namespace Keygen.Emulator.Auth;

/// <summary>How an endpoint authenticates, mirroring the <c>before_action</c>s of Keygen's controllers.</summary>
internal enum AuthMode
{
    /// <summary>A bearer token or license key is required (<c>authenticate_with_token!</c>): 401 without one.</summary>
    Required,

    /// <summary>Credentials are optional, but bad ones are still refused (<c>authenticate_with_token</c>).</summary>
    Optional,

    /// <summary>Basic email:password, or else a token (<c>POST /tokens</c>).</summary>
    PasswordOrToken,

    /// <summary>No authentication at all (<c>POST /passwords</c>, password reset).</summary>
    None,
}
