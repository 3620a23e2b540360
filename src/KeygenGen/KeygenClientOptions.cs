using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Keygen;

/// <summary>
/// Settings for a <see cref="KeygenClient"/>. They are validated and copied when the client is created, so later changes to
/// this object do not affect an existing client. <see cref="ToString"/> never shows <see cref="Token"/> or <see cref="LicenseKey"/>.
/// </summary>
public sealed class KeygenClientOptions
{
    /// <summary>Keygen Cloud's API host.</summary>
    public const string DefaultBaseUrl = "https://api.keygen.sh";

    /// <summary>The Keygen API version this SDK was built for, sent as <c>Keygen-Version</c> unless overridden.</summary>
    public const string DefaultApiVersion = "1.8";

    /// <summary>
    /// The account id (UUID) or slug. Required, unless <see cref="UseAccountlessPaths"/> is set; calls then go to
    /// <c>{BaseUrl}/v1/accounts/{Account}/…</c>.
    /// </summary>
    public string? Account { get; set; }

    /// <summary>
    /// The API host: <c>https://api.keygen.sh</c> (default), a custom domain, or a self-hosted server. May carry a path prefix when
    /// Keygen sits behind a reverse proxy (<c>https://example.com/keygen</c>); must not carry <c>/v1</c>, a query or a fragment.
    /// </summary>
    public Uri BaseUrl { get; set; } = new(DefaultBaseUrl);

    /// <summary>
    /// Address the API as <c>{BaseUrl}/v1/…</c> without the <c>/accounts/{account}</c> segment. Set this for a custom domain (CNAME)
    /// or a self-hosted server in singleplayer mode, where the host itself identifies the account.
    /// </summary>
    public bool UseAccountlessPaths { get; set; }

    /// <summary>A bearer token (admin, product, user, license or environment token), used by operations that accept tokens.</summary>
    public string? Token { get; set; }

    /// <summary>A license key, used by operations that accept license-key authentication when no <see cref="Token"/> is set.</summary>
    public string? LicenseKey { get; set; }

    /// <summary>The API version sent as <c>Keygen-Version</c>, e.g. <c>1.8</c>. Default <see cref="DefaultApiVersion"/>.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>An environment id or code (Keygen EE), sent as <c>Keygen-Environment</c>. Default: the global environment.</summary>
    public string? Environment { get; set; }

    /// <summary>Appended to the <c>User-Agent</c> header, e.g. <c>MyApp/2.1</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>How long one attempt (sending and reading the whole response) may take. Default 30 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry settings; <see cref="KeygenRetryOptions.Disabled"/> turns retries off.</summary>
    public KeygenRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The handler that sends requests (e.g. with a proxy). It is not disposed by the client. Default: a pooled
    /// <c>SocketsHttpHandler</c> (an <see cref="HttpClientHandler"/> on .NET Framework and .NET Standard) that never follows redirects. Cannot be combined with an injected <see cref="HttpClient"/>.
    /// </summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>
    /// Factories of extra handlers placed between the client and the network, outermost first. Each factory is called once per client.
    /// </summary>
    public IList<Func<DelegatingHandler>> AdditionalHandlers { get; } = new List<Func<DelegatingHandler>>();

    /// <summary>
    /// The account's Ed25519 public key: 64 hex characters (as in the dashboard) or the account's <c>data.meta.keys.ed25519</c>.
    /// When set, every response except 429 and 5xx must carry a valid, fresh Keygen signature, or the call throws
    /// <see cref="Signatures.KeygenSignatureException"/>. Signed dates are checked against <see cref="TimeProvider"/>.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>Receives one entry per attempt and per retry. Secrets are never logged; bodies are never logged.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>The clock for timeouts, backoff waits and <c>Retry-After</c> dates. Replace it in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the options; credentials are redacted.</summary>
    public override string ToString() => FormattableString.Invariant($"KeygenClientOptions {{ Account = {Account}, BaseUrl = {BaseUrl}, UseAccountlessPaths = {UseAccountlessPaths}, ") +
        $"Token = {Redacted(Token)}, LicenseKey = {Redacted(LicenseKey)}, ApiVersion = {ApiVersion}, Environment = {Environment}, " +
        FormattableString.Invariant($"UserAgentSuffix = {UserAgentSuffix}, Timeout = {Timeout}, Retry = {{ {Retry} }}, PublicKey = {PublicKey ?? "(none)"} }}");

    private static string Redacted(string? secret) => secret is null ? "(none)" : "[redacted]";
}
