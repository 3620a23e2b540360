using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>The client resolved from options in configuration or code, calling a real server.</summary>
public sealed class ConfigurationTests : KeygenServerTest
{
    [Fact]
    public async Task Client_from_the_keygen_section_sends_the_configured_account_credentials_and_headers()
    {
        Dictionary<string, string?> settings = KeygenServices.Settings(Server);
        settings["Keygen:ApiVersion"] = "1.7";
        settings["Keygen:Environment"] = "staging";
        settings["Keygen:UserAgentSuffix"] = "MyApp/2.1";
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        RecordedRequest request = await SendOneAsync(provider, TestClients.Get("/licenses/l1"));

        Assert.Equal("/v1/accounts/acme/licenses/l1", request.Path);
        Assert.Equal("Bearer " + Sentinels.Token, request.Header("Authorization"));
        Assert.Equal("1.7", request.Header("Keygen-Version"));
        Assert.Equal("staging", request.Header("Keygen-Environment"));
        Assert.EndsWith(" MyApp/2.1", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_is_one_shared_instance()
    {
        using ServiceProvider provider = KeygenServices.Build(KeygenServices.Settings(Server), services => services.AddKeygen());

        Assert.Same(KeygenServices.Resolve(provider), KeygenServices.Resolve(provider));
        using IServiceScope scope = provider.CreateScope();
        Assert.Same(KeygenServices.Resolve(provider), scope.ServiceProvider.GetRequiredService<KeygenClient>());
        await KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses"));
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Options_set_in_code_are_used()
    {
        using ServiceProvider provider = KeygenServices.Build([], services => services.AddKeygen(options =>
        {
            options.BaseUrl = Server.BaseUrl;
            options.UseAccountlessPaths = true;
            options.LicenseKey = Sentinels.LicenseKey;
        }));

        RecordedRequest request = await SendOneAsync(provider, TestClients.Get("/me"));

        Assert.Equal("/v1/me", request.Path);
        Assert.Equal("License " + Sentinels.LicenseKey, request.Header("Authorization"));
    }

    [Fact]
    public async Task A_section_passed_explicitly_is_read_and_code_can_add_to_it()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Licensing:Keygen:Account"] = "globex",
            ["Licensing:Keygen:BaseUrl"] = Server.BaseUrl.ToString(),
        };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddKeygen(configuration.GetSection("Licensing:Keygen"));
        services.Configure<KeygenClientOptions>(options => options.Token = Sentinels.Token);
        using ServiceProvider provider = services.BuildServiceProvider();

        RecordedRequest request = await SendOneAsync(provider, TestClients.Get("/licenses"));

        Assert.Equal("/v1/accounts/globex/licenses", request.Path);
        Assert.Equal("Bearer " + Sentinels.Token, request.Header("Authorization"));
    }

    [Fact]
    public async Task Retry_settings_are_read_from_the_nested_section()
    {
        Dictionary<string, string?> settings = KeygenServices.Settings(Server);
        settings["Keygen:Retry:MaxRetries"] = "1";
        settings["Keygen:Retry:InitialDelay"] = "00:00:00.001";
        settings["Keygen:Retry:MaxDelay"] = "00:00:00.005";
        Server.Fallback = Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down");
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var error = await Assert.ThrowsAsync<KeygenApiException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Get("/licenses")));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task Timeout_is_read_from_configuration()
    {
        Dictionary<string, string?> settings = KeygenServices.Settings(Server);
        settings["Keygen:Timeout"] = "00:00:00.3";
        Server.Fallback = Replies.Stall(Server.Stopping);
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var error = await Assert.ThrowsAsync<KeygenTransportException>(() => KeygenServices.Resolve(provider).SendAsync(TestClients.Post("/machines", "{}")));

        Assert.True(error.Timeout);
        Assert.Contains("did not answer within 0.3 s (KeygenClientOptions.Timeout)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_values_leave_options_at_their_defaults()
    {
        Dictionary<string, string?> settings = KeygenServices.Settings(Server);
        settings["Keygen:Token"] = string.Empty;
        settings["Keygen:ApiVersion"] = string.Empty;
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        RecordedRequest request = await SendOneAsync(
            provider,
            new KeygenRequest(System.Net.Http.HttpMethod.Get, "/licenses/actions/validate-key", "licenses.validate-key", KeygenAuthKinds.None | KeygenAuthKinds.Token));

        Assert.Null(request.Header("Authorization"));
        Assert.Equal(KeygenClientOptions.DefaultApiVersion, request.Header("Keygen-Version"));
    }

    /// <summary>Sends <paramref name="request"/> with the registered client and returns what the server received.</summary>
    private async Task<RecordedRequest> SendOneAsync(ServiceProvider provider, KeygenRequest request)
    {
        KeygenResponse response = await KeygenServices.Resolve(provider).SendAsync(request);
        Assert.Equal(200, response.StatusCode);
        return Assert.Single(Server.Requests);
    }
}
