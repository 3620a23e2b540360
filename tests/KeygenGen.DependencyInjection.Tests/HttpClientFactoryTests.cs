using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>The registered client sends through IHttpClientFactory, which owns and rotates the handlers.</summary>
public sealed class HttpClientFactoryTests : KeygenServerTest
{
    [Fact]
    public async Task Handlers_added_on_the_builder_see_every_keygen_request()
    {
        using ServiceProvider provider = KeygenServices.Build(
            KeygenServices.Settings(Server),
            services => services.AddKeygen().AddHttpMessageHandler(() => new StampingHandler("X-Stamp", "from-factory")));

        await KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses"));

        Assert.Equal("from-factory", Assert.Single(Server.Requests).Header("X-Stamp"));
    }

    [Fact]
    public async Task Disposing_the_client_leaves_the_factory_handler_usable()
    {
        using ServiceProvider provider = KeygenServices.Build(KeygenServices.Settings(Server), services => services.AddKeygen());
        KeygenClient keygen = KeygenServices.Resolve(provider);
        await keygen.SendAsync(TestClients.Get("/licenses"));

        keygen.Dispose();

        // Within the handler lifetime the factory hands out the same pooled handler the client used.
        using HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(KeygenServiceCollectionExtensions.HttpClientName);
        using HttpResponseMessage response = await client.GetAsync(new Uri(Server.BaseUrl, "/after-dispose"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task The_shared_client_picks_up_the_factorys_new_handler_when_the_old_one_expires()
    {
        int handlersCreated = 0;
        using ServiceProvider provider = KeygenServices.Build(KeygenServices.Settings(Server), services => services.AddKeygen()
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref handlersCreated);
                return new SocketsHttpHandler { AllowAutoRedirect = false };
            }));
        KeygenClient keygen = KeygenServices.Resolve(provider);
        await keygen.SendAsync(TestClients.Get("/licenses"));
        Assert.Equal(1, Volatile.Read(ref handlersCreated));

        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref handlersCreated) < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            await keygen.SendAsync(TestClients.Get("/licenses"));
        }

        Assert.Equal(2, Volatile.Read(ref handlersCreated));
    }

    [Fact]
    public async Task Redirects_are_returned_to_the_caller_not_followed()
    {
        Server.Enqueue(Replies.Empty(303, ("Location", "/elsewhere")));
        using ServiceProvider provider = KeygenServices.Build(KeygenServices.Settings(Server), services => services.AddKeygen());

        KeygenResponse response = await KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/releases/r1/artifacts/a1"));

        Assert.Equal(303, response.StatusCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_timeout_set_on_the_factory_client_is_reported_as_that_timeout()
    {
        Server.Fallback = Replies.Stall(Server.Stopping);
        using ServiceProvider provider = KeygenServices.Build(
            KeygenServices.Settings(Server),
            services => services.AddKeygen().ConfigureHttpClient(client => client.Timeout = TimeSpan.FromMilliseconds(300)));

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}")));

        Assert.True(error.Timeout);
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.Contains("HttpClient.Timeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KeygenClientOptions.Timeout", error.Message, StringComparison.Ordinal);
    }

    private sealed class StampingHandler(string header, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(header, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
