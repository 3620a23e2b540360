using System;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Transport;

/// <summary>Options are checked when the client is built; every problem is named together with the option that fixes it.</summary>
public sealed class OptionsValidationTests
{
    private static KeygenConfigurationException Invalid(Action<KeygenClientOptions> configure)
    {
        var options = new KeygenClientOptions { Account = "acme", Token = Sentinels.Token };
        configure(options);
        return Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(options));
    }

    [Theory]
    [InlineData("account", "Account is required")]
    [InlineData("account-slash", "Account must be the account id (UUID) or slug")]
    [InlineData("base-v1", "without \"/v1\"")]
    [InlineData("base-ftp", "absolute http(s) URL")]
    [InlineData("base-query", "must not contain a query")]
    [InlineData("version", "ApiVersion \"latest\"")]
    [InlineData("environment", "Environment must be an environment id or code")]
    [InlineData("user-agent", "UserAgentSuffix")]
    [InlineData("timeout", "Timeout must be positive")]
    [InlineData("retries", "Retry.MaxRetries must be between 0 and 10")]
    [InlineData("delays", "Retry.MaxDelay must not be shorter")]
    [InlineData("retry-null", "Retry must not be null")]
    [InlineData("token", "Token contains control characters")]
    [InlineData("license", "LicenseKey is empty")]
    public void Each_invalid_option_is_named(string problem, string expectedMessage)
    {
        KeygenConfigurationException error = Invalid(o =>
        {
            switch (problem)
            {
                case "account": o.Account = null; break;
                case "account-slash": o.Account = "acme/licenses"; break;
                case "base-v1": o.BaseUrl = new Uri("https://api.keygen.sh/v1/accounts/acme"); break;
                case "base-ftp": o.BaseUrl = new Uri("ftp://api.keygen.sh"); break;
                case "base-query": o.BaseUrl = new Uri("https://api.keygen.sh/?x=1"); break;
                case "version": o.ApiVersion = "latest"; break;
                case "environment": o.Environment = "my env"; break;
                case "user-agent": o.UserAgentSuffix = "(((("; break;
                case "timeout": o.Timeout = TimeSpan.Zero; break;
                case "retries": o.Retry.MaxRetries = -1; break;
                case "delays": o.Retry = new KeygenRetryOptions { InitialDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }; break;
                case "retry-null": o.Retry = null!; break;
                case "token": o.Token = Sentinels.Token + "\n"; break;
                case "license": o.LicenseKey = ""; break;
            }
        });

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentinels.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        KeygenConfigurationException error = Invalid(o =>
        {
            o.Account = null;
            o.ApiVersion = "x";
            o.Timeout = TimeSpan.FromSeconds(-1);
        });

        Assert.Contains("Account is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("ApiVersion", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_options_and_handler_plus_injected_client_are_rejected()
    {
        Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(null!));
        using var handler = new HttpClientHandler();
        using var httpClient = new HttpClient();
        var options = new KeygenClientOptions { Account = "acme", HttpMessageHandler = handler };
        var error = Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(options, httpClient));
        Assert.Contains("HttpMessageHandler cannot be combined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accountless_paths_need_no_account_and_defaults_are_valid()
    {
        using var accountless = new KeygenClient(new KeygenClientOptions { UseAccountlessPaths = true, BaseUrl = new Uri("https://licensing.example.com") });
        using var defaults = new KeygenClient(new KeygenClientOptions { Account = "1fddcec8-8dd3-4d8d-9b16-215cac0f9b52" });

        Assert.Contains("https://licensing.example.com/v1", accountless.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://api.keygen.sh/v1/accounts/1fddcec8-8dd3-4d8d-9b16-215cac0f9b52", defaults.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_or_reused_additional_handler_is_rejected()
    {
        var nullFactory = new KeygenClientOptions { Account = "acme" };
        nullFactory.AdditionalHandlers.Add(() => null!);
        Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(nullFactory));

        using var shared = new PassThroughHandler();
        var reused = new KeygenClientOptions { Account = "acme" };
        reused.AdditionalHandlers.Add(() => shared);
        using var first = new KeygenClient(reused);
        var error = Assert.Throws<KeygenConfigurationException>(() => new KeygenClient(reused));
        Assert.Contains("must return a new DelegatingHandler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_copied_so_later_changes_do_not_leak_into_the_client()
    {
        await using KeygenTestServer server = await KeygenTestServer.StartAsync();
        KeygenClientOptions options = TestClients.Options(server);
        using var client = new KeygenClient(options);
        options.Token = "user-changed-afterwards";
        options.Account = "other";

        await client.SendAsync(TestClients.Get("/me"));

        RecordedRequest received = Assert.Single(server.Requests);
        Assert.Equal("/v1/accounts/acme/me", received.Path);
        Assert.Equal("Bearer " + Sentinels.Token, received.Header("Authorization"));
    }

    private sealed class PassThroughHandler : DelegatingHandler
    {
    }
}
