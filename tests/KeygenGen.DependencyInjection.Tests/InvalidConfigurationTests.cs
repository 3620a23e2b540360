using System;
using System.Collections.Generic;
using System.Net.Http;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>Bad configuration fails when the client is resolved, with a message that names what to fix and no secret.</summary>
public sealed class InvalidConfigurationTests
{
    [Fact]
    public void Invalid_options_fail_resolution_with_the_same_message_as_the_constructor()
    {
        var settings = new Dictionary<string, string?> { ["Keygen:ApiVersion"] = "v1", ["Keygen:Timeout"] = "-00:00:05", ["Keygen:Token"] = Sentinels.Token };
        var fromConstructor = Assert.Throws<KeygenConfigurationException>(() =>
            new KeygenClient(new KeygenClientOptions { ApiVersion = "v1", Timeout = TimeSpan.FromSeconds(-5), Token = Sentinels.Token }));
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var fromContainer = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.Equal(fromConstructor.Message, fromContainer.Message);
        Assert.Contains("Account is required", fromContainer.Message, StringComparison.Ordinal);
        Assert.Contains("ApiVersion \"v1\"", fromContainer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentinels.Token, fromContainer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_values_are_all_reported_with_their_keys()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Keygen:Account"] = "acme",
            ["Keygen:Timeout"] = "soon",
            ["Keygen:UseAccountlessPaths"] = "yes",
            ["Keygen:Retry:MaxRetries"] = "three",
            ["Keygen:BaseUrl"] = "keygen.example.com/user:secret",
        };
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var error = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.Contains("Keygen:Timeout \"soon\" is not a time span such as \"00:00:30\".", error.Message, StringComparison.Ordinal);
        Assert.Contains("Keygen:UseAccountlessPaths \"yes\" is not true or false.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Keygen:Retry:MaxRetries \"three\" is not a whole number.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Keygen:BaseUrl is not an absolute URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_named_without_its_value()
    {
        var settings = new Dictionary<string, string?> { ["Keygen:Account"] = "acme", ["Keygen:ApiToken"] = Sentinels.Token };
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var error = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.Contains("Keygen:ApiToken is not a KeygenClientOptions setting (known: Account, BaseUrl,", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentinels.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_section_is_named()
    {
        var settings = new Dictionary<string, string?> { ["Keygn:Account"] = "acme" };
        using ServiceProvider provider = KeygenServices.Build(settings, services => services.AddKeygen());

        var error = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.StartsWith("The configuration section \"Keygen\" is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_section_without_an_iconfiguration_service_says_how_to_fix_it()
    {
        var services = new ServiceCollection();
        services.AddKeygen("Licensing:Keygen");
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.Contains("no IConfiguration is registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddKeygen(configuration.GetSection(\"Licensing:Keygen\"))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_set_in_the_options_is_refused_in_favour_of_the_factory()
    {
        using var handler = new HttpClientHandler();
        using ServiceProvider provider = KeygenServices.Build([], services => services.AddKeygen(options =>
        {
            options.Account = "acme";
            options.HttpMessageHandler = handler;
        }));

        var error = Assert.Throws<KeygenConfigurationException>(() => KeygenServices.Resolve(provider));

        Assert.Contains("ConfigurePrimaryHttpMessageHandler", error.Message, StringComparison.Ordinal);
    }
}
