using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Emulator.Events.Delivery;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Seeding;
using Keygen.Emulator.State;
using Keygen.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Keygen.Emulator;

/// <summary>
/// A local, in-memory, Keygen-compatible server: the same paths under <c>/v1/accounts/{account}</c>, the same
/// JSON:API documents, error codes and licensing rules, and responses signed with its own Ed25519 key.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await KeygenEmulator.StartAsync();
/// // point a Keygen client at emulator.BaseUrl, account emulator.AccountId, token emulator.AdminToken
/// </code>
/// </example>
public sealed class KeygenEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorStore _store;
    private readonly KeygenEmulatorOptions _options;
    private readonly RateLimiter? _rateLimiter;
    private readonly WebhookDeliverer? _webhooks;
    private readonly ObjectStore _objects;
    private readonly Model.PasswordHash? _adminPassword;
    private AccountState _account;
    private string _adminToken;

    private KeygenEmulator(WebApplication app, Host host, KeygenEmulatorOptions options, bool inProcess)
    {
        _app = app;
        _store = host.Store;
        _options = options;
        _rateLimiter = host.RateLimiter;
        _webhooks = host.Webhooks;
        _objects = host.Objects;
        _account = host.Account;
        _adminToken = host.AdminToken;
        _adminPassword = host.Account.Table<Model.User>().Everywhere.First().Password;
        InProcess = inProcess;
        var address = inProcess ? "http://localhost/" : app.Urls.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        Data = new EmulatorData(host.Store, host.Renderers);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:53124/</c> (<c>http://localhost/</c> in process).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The account's API root, e.g. <c>http://127.0.0.1:53124/v1/accounts/&lt;id&gt;/</c>.</summary>
    public Uri AccountUrl => new(BaseUrl, $"v1/accounts/{AccountId}/");

    /// <summary>The account's UUID (its slug works in paths too).</summary>
    public string AccountId => _account.Account.Id.ToString();

    /// <summary>The account's slug.</summary>
    public string AccountSlug => _account.Account.Slug;

    /// <summary>A bearer token of the account's admin user.</summary>
    public string AdminToken => _adminToken;

    /// <summary>The admin user's email, for Basic email:password token generation.</summary>
    public string AdminEmail => _options.AdminEmail.ToLowerInvariant();

    /// <summary>The admin user's password.</summary>
    public string AdminPassword => _options.AdminPassword;

    /// <summary>The account's Ed25519 public key as 64 hex characters; it verifies every response's <c>Keygen-Signature</c>.</summary>
    public string PublicKeyHex => _account.Keys.Ed25519.PublicKeyHex;

    /// <summary>True when the emulator has no socket (<see cref="StartInProcessAsync"/>): reach it through <see cref="CreateHandler"/>.</summary>
    public bool InProcess { get; }

    /// <summary>
    /// Its data, written and read in process: seed accounts, plans and any resource with Keygen's factory defaults and
    /// traits, issue tokens for any bearer, and look at what requests stored. No HTTP route reaches it.
    /// </summary>
    public EmulatorData Data { get; }

    /// <summary>
    /// The edition it answers as, from <see cref="KeygenEmulatorOptions.Edition"/>; change it between tests (like
    /// <see cref="Reset"/>, not while requests are in flight) to play the other one.
    /// </summary>
    public KeygenEdition Edition
    {
        get => _store.Edition;
        set => _store.Edition = value;
    }

    /// <summary>Starts an emulator on <see cref="KeygenEmulatorOptions.Urls"/> and returns once it accepts requests.</summary>
    public static Task<KeygenEmulator> StartAsync(KeygenEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KeygenEmulatorOptions();
        return StartCoreAsync(options, inProcess: false, cancellationToken);
    }

    /// <summary>
    /// Starts an emulator without a socket: requests go straight through its pipeline in memory, through the handler
    /// <see cref="CreateHandler"/> makes (any host name works; <see cref="BaseUrl"/> is <c>http://localhost/</c>).
    /// <see cref="KeygenEmulatorOptions.Urls"/> is ignored.
    /// </summary>
    public static Task<KeygenEmulator> StartInProcessAsync(KeygenEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KeygenEmulatorOptions();
        return StartCoreAsync(options, inProcess: true, cancellationToken);
    }

    /// <summary>
    /// A handler that sends requests to this emulator: in memory for an in-process emulator, over its socket otherwise.
    /// Redirects (artifact downloads answer 303) are not followed. The caller disposes it (an HttpClient does).
    /// </summary>
    public HttpMessageHandler CreateHandler() =>
        InProcess ? _app.GetTestServer().CreateHandler() : new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>
    /// Puts the emulator back as it started: only its account (same id, slug, signing key and admin, nothing else),
    /// the plans it starts with, and no throttling history. Call it between tests, not while requests are in flight.
    /// A generated admin token changes; read <see cref="AdminToken"/> again.
    /// </summary>
    public void Reset()
    {
        string adminToken = string.Empty;
        _account = _store.Reset(store =>
        {
            var (account, token) = AccountFactory.Create(_options, store, _adminPassword);
            adminToken = token;
            return account;
        });
        _adminToken = adminToken;
        _rateLimiter?.Clear();
    }

    /// <summary>
    /// Completes when every webhook delivery attempt started so far has been answered (or failed) and recorded on its event.
    /// Retries that are not yet due do not count: advance the emulator's clock to make them due. Completes at once when
    /// <see cref="KeygenEmulatorOptions.DeliverWebhooksToLoopback"/> is off, as nothing is ever sent then.
    /// </summary>
    public Task WaitForWebhookDeliveriesAsync(CancellationToken cancellationToken = default) =>
        _webhooks?.WaitForIdleAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Completes when the emulator is asked to stop (Ctrl-C or SIGTERM for the standalone program).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_webhooks is not null)
        {
            await _webhooks.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var account in _store.Accounts)
        {
            account.Keys.Dispose();
        }

        _objects.Dispose();
    }

    private static async Task<KeygenEmulator> StartCoreAsync(KeygenEmulatorOptions options, bool inProcess, CancellationToken cancellationToken)
    {
        var store = new EmulatorStore { ReuseSigningKeys = options.ReuseSigningKeys, Edition = options.Edition };
        var (account, adminToken) = AccountFactory.Create(options, store);
        store.Add(account);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (inProcess)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseUrls(options.Urls);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        }

        if (!options.HandleConsoleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        }

        var app = builder.Build();
        var webhooks = options.DeliverWebhooksToLoopback ? new WebhookDeliverer(options.TimeProvider) : null;
        var objects = new ObjectStore(options.StorageDirectory);
        var (renderers, rateLimiter) = MapEndpoints(app, store, objects, options, webhooks);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await (webhooks?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
            account.Keys.Dispose();
            objects.Dispose();
            throw;
        }

        return new KeygenEmulator(app, new Host(store, renderers, rateLimiter, webhooks, objects, account, adminToken), options, inProcess);
    }

    private static (ResourceRenderers Renderers, RateLimiter? RateLimiter) MapEndpoints(WebApplication app, EmulatorStore store, ObjectStore objects, KeygenEmulatorOptions options, WebhookDeliverer? webhooks)
    {
        var routes = new RouteTable();
        var renderers = new ResourceRenderers();
        foreach (var module in ResourceModules.All())
        {
            module.Register(routes, renderers);
        }

        var rateLimiter = options.RateLimitPerMinute > 0 ? new RateLimiter(options.RateLimitPerMinute, options.TimeProvider) : null;
        var pipeline = new RequestPipeline(store, renderers, rateLimiter, options.RunScheduledJobs ? routes.Housekeeping : [], webhooks);
        app.Use((HttpContext context, RequestDelegate next) => pipeline.AdmitAsync(context, () => next(context)));
        foreach (var route in routes.Routes)
        {
            var prefix = route.AccountScoped ? "/v1/accounts/{account}" : "/v1";
            app.MapMethods(prefix + (route.Pattern ?? route.Template), [route.Method], (HttpContext context) => pipeline.HandleAsync(context, route));
        }

        Resources.Artifacts.StorageEndpoint.Map(app, store, objects);
        app.MapFallback("{**path}", pipeline.NotFoundAsync);
        return (renderers, rateLimiter);
    }

    /// <summary>What the running host is made of, so the emulator can reset and seed it.</summary>
    private sealed record Host(EmulatorStore Store, ResourceRenderers Renderers, RateLimiter? RateLimiter, WebhookDeliverer? Webhooks, ObjectStore Objects, AccountState Account, string AdminToken);
}
