using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;

namespace Keygen;

/// <summary>
/// The entry point to the Keygen API. Create one per account and share it: it is thread-safe and reuses connections.
/// Generated resource clients (<c>Licenses</c>, <c>Machines</c>, …) hang off it; <see cref="SendAsync(KeygenRequest, KeygenCallOptions?, CancellationToken)"/> reaches any endpoint.
/// To test code that uses it without Keygen, derive a stub with the protected constructor and override the group properties
/// (with stubs of the groups) or <see cref="SendAsync(KeygenRequest, KeygenCallOptions?, CancellationToken)"/>.
/// </summary>
public partial class KeygenClient : IDisposable
{
    private readonly KeygenTransport? _transport;
    private readonly KeygenCallOptions? _viewOptions;
    private readonly bool _ownsTransport;

    /// <summary>Creates a client that owns its connections.</summary>
    /// <param name="options">The settings; validated and copied.</param>
    /// <exception cref="KeygenConfigurationException">The options are invalid; the message lists every problem.</exception>
    public KeygenClient(KeygenClientOptions options)
        : this(CreateTransport(options, null), null, ownsTransport: true)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> (e.g. from <c>IHttpClientFactory</c>), which it does not
    /// dispose. Its <c>BaseAddress</c> is ignored; configure its handler not to follow redirects automatically.
    /// </summary>
    /// <param name="options">The settings; validated and copied.</param>
    /// <param name="httpClient">The client to send with.</param>
    /// <exception cref="KeygenConfigurationException">The options are invalid; the message lists every problem.</exception>
    public KeygenClient(KeygenClientOptions options, HttpClient httpClient)
        : this(CreateTransport(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient))), null, ownsTransport: true)
    {
    }

    /// <summary>
    /// For test doubles: a client without connections, whose members throw <see cref="InvalidOperationException"/> unless a
    /// derived class overrides them (the group properties, <see cref="SendAsync(KeygenRequest, KeygenCallOptions?, CancellationToken)"/>,
    /// <see cref="WithOptions"/>).
    /// </summary>
    protected KeygenClient()
    {
    }

    private KeygenClient(KeygenTransport transport, KeygenCallOptions? viewOptions, bool ownsTransport)
    {
        _transport = transport;
        _viewOptions = viewOptions;
        _ownsTransport = ownsTransport;
    }

    /// <summary>
    /// A view of this client that uses <paramref name="auth"/> for every call instead of the configured credentials, e.g.
    /// <c>client.WithAuth(KeygenAuth.Basic(email, password))</c> to create a token: the same as
    /// <see cref="WithOptions"/> with only <see cref="KeygenCallOptions.Auth"/> set. It shares this client's connections;
    /// disposing the view does nothing.
    /// </summary>
    /// <param name="auth">The credentials to use; <see cref="KeygenAuth.Anonymous"/> sends none.</param>
    /// <returns>The view.</returns>
    public virtual KeygenClient WithAuth(KeygenAuth auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return WithOptions(new KeygenCallOptions { Auth = auth });
    }

    /// <summary>
    /// A view of this client that lays <paramref name="options"/> over its settings for every call, e.g. all calls of one
    /// request of your app in another environment. A call's own options are laid over the view's in turn. The options are
    /// checked and copied now. It shares this client's connections; disposing the view does nothing.
    /// </summary>
    /// <param name="options">The settings to change; properties left null keep this client's (or this view's) settings.</param>
    /// <returns>The view.</returns>
    /// <exception cref="KeygenConfigurationException">A setting is invalid; the message lists every problem.</exception>
    public virtual KeygenClient WithOptions(KeygenCallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new KeygenClient(Transport, KeygenCallOptions.Merge(_viewOptions, options.Snapshot()), ownsTransport: false);
    }

    /// <summary>
    /// Sends <paramref name="request"/>: resolves the URL, picks credentials, retries what is safe to retry, and buffers the body.
    /// Returns only 2xx responses, and 3xx ones, since redirects are never followed automatically.
    /// </summary>
    /// <param name="request">The call to make.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between retries.</param>
    /// <returns>The response.</returns>
    /// <exception cref="KeygenApiException">Keygen answered with an error status and error document.</exception>
    /// <exception cref="KeygenMalformedResponseException">The response could not be understood.</exception>
    /// <exception cref="KeygenTransportException">Keygen could not be reached, or the attempt timed out.</exception>
    /// <exception cref="KeygenConfigurationException">The operation needs credentials this client does not have.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<KeygenResponse> SendAsync(KeygenRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, null, cancellationToken);

    /// <summary>
    /// Sends <paramref name="request"/> with <paramref name="options"/> laid over the client's settings: resolves the URL, picks
    /// credentials, retries what is safe to retry, and buffers the body. Returns only 2xx responses, and 3xx ones, since
    /// redirects are never followed automatically.
    /// </summary>
    /// <param name="request">The call to make.</param>
    /// <param name="options">Settings for this call; null keeps the client's.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between retries.</param>
    /// <returns>The response.</returns>
    /// <exception cref="KeygenApiException">Keygen answered with an error status and error document.</exception>
    /// <exception cref="KeygenMalformedResponseException">The response could not be understood.</exception>
    /// <exception cref="KeygenTransportException">Keygen could not be reached, or the attempt timed out.</exception>
    /// <exception cref="KeygenConfigurationException">The options are invalid, or the operation needs credentials this client does not have.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual Task<KeygenResponse> SendAsync(KeygenRequest request, KeygenCallOptions? options, CancellationToken cancellationToken = default) =>
        _transport is { } transport
            ? transport.SendAsync(request, _viewOptions, options, cancellationToken)
            : Task.FromException<KeygenResponse>(TestDoubleWithout(nameof(SendAsync)));

    /// <summary>The validated settings, for the SDK's own layers built on a client (the licensing façade).</summary>
    /// <exception cref="InvalidOperationException">This is a test double, which has none.</exception>
    internal KeygenClientSettings ClientSettings => Transport.Settings;

    /// <summary>Sends to artifact storage: presigned URLs on another host, reached without Keygen credentials or handlers.</summary>
    internal HttpMessageInvoker StorageInvoker => Transport.Storage;

    private KeygenTransport Transport => _transport ?? throw TestDoubleWithout("the member it calls");

    /// <summary>Releases the connections, unless this is a <see cref="WithOptions"/> or <see cref="WithAuth"/> view.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Describes the client by its account base URL; credentials are never shown.</summary>
    public override string ToString() => _transport is null
        ? $"KeygenClient {{ test double {GetType().Name} }}"
        : $"KeygenClient {{ {_transport.Settings.Endpoint.AccountRoot}{(_viewOptions is null ? string.Empty : ", " + _viewOptions)} }}";

    /// <summary>Releases the connections of a client that owns them; a test double that holds resources releases them here too.</summary>
    /// <param name="disposing">Whether this is <see cref="Dispose()"/> rather than a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsTransport)
        {
            _transport?.Dispose();
        }
    }

    private InvalidOperationException TestDoubleWithout(string member) => new(
        $"{GetType().Name} is a test double of KeygenClient without connections: override {member} (or the group property the code under test uses).");

    private static KeygenTransport CreateTransport(KeygenClientOptions options, HttpClient? httpClient)
    {
        KeygenClientSettings settings = KeygenClientSettings.From(options, httpClient is not null);
        return new KeygenTransport(settings, KeygenHandlerPipeline.Build(options, settings, httpClient));
    }
}
