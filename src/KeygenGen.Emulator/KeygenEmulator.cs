using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Emulator.Hosting;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.State;
using Keygen.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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
    private readonly AccountState _account;
    private readonly ObjectStore _objects;

    private KeygenEmulator(WebApplication app, AccountState account, ObjectStore objects, Uri baseUrl, string adminToken, KeygenEmulatorOptions options)
    {
        _app = app;
        _account = account;
        _objects = objects;
        BaseUrl = baseUrl;
        AdminToken = adminToken;
        AdminEmail = options.AdminEmail.ToLowerInvariant();
        AdminPassword = options.AdminPassword;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:53124/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The account's API root, e.g. <c>http://127.0.0.1:53124/v1/accounts/&lt;id&gt;/</c>.</summary>
    public Uri AccountUrl => new(BaseUrl, $"v1/accounts/{AccountId}/");

    /// <summary>The account's UUID (its slug works in paths too).</summary>
    public string AccountId => _account.Account.Id.ToString();

    /// <summary>The account's slug.</summary>
    public string AccountSlug => _account.Account.Slug;

    /// <summary>A bearer token of the account's admin user.</summary>
    public string AdminToken { get; }

    /// <summary>The admin user's email, for Basic email:password token generation.</summary>
    public string AdminEmail { get; }

    /// <summary>The admin user's password.</summary>
    public string AdminPassword { get; }

    /// <summary>The account's Ed25519 public key as 64 hex characters; it verifies every response's <c>Keygen-Signature</c>.</summary>
    public string PublicKeyHex => _account.Keys.Ed25519.PublicKeyHex;

    /// <summary>Starts an emulator and returns once it accepts requests.</summary>
    public static async Task<KeygenEmulator> StartAsync(KeygenEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KeygenEmulatorOptions();
        var (account, adminToken) = AccountFactory.Create(options);
        var store = new EmulatorStore();
        store.Add(account);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        if (!options.HandleConsoleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        }

        var app = builder.Build();
        var objects = new ObjectStore(options.StorageDirectory);
        MapEndpoints(app, store, objects, options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            account.Keys.Dispose();
            objects.Dispose();
            throw;
        }

        var address = app.Urls.First();
        return new KeygenEmulator(app, account, objects, new Uri(address.EndsWith('/') ? address : address + "/"), adminToken, options);
    }

    /// <summary>Completes when the emulator is asked to stop (Ctrl-C or SIGTERM for the standalone program).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _account.Keys.Dispose();
        _objects.Dispose();
    }

    private static void MapEndpoints(WebApplication app, EmulatorStore store, ObjectStore objects, KeygenEmulatorOptions options)
    {
        var routes = new RouteTable();
        var renderers = new ResourceRenderers();
        foreach (var module in ResourceModules.All())
        {
            module.Register(routes, renderers);
        }

        var rateLimiter = options.RateLimitPerMinute > 0 ? new RateLimiter(options.RateLimitPerMinute, options.TimeProvider) : null;
        var pipeline = new RequestPipeline(store, renderers, rateLimiter, routes.Housekeeping);
        app.Use((HttpContext context, RequestDelegate next) => pipeline.AdmitAsync(context, () => next(context)));
        foreach (var route in routes.Routes)
        {
            var prefix = route.AccountScoped ? "/v1/accounts/{account}" : "/v1";
            app.MapMethods(prefix + route.Template, [route.Method], (HttpContext context) => pipeline.HandleAsync(context, route));
        }

        Resources.Artifacts.StorageEndpoint.Map(app, store, objects);
        app.MapFallback("{**path}", pipeline.NotFoundAsync);
    }
}
