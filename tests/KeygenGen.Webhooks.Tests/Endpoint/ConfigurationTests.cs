using System;
using System.Threading.Tasks;
using Keygen.AspNetCore;
using Keygen.Webhooks.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace Keygen.Webhooks.Tests.Endpoint;

/// <summary>Mistakes in the endpoint's configuration fail when it is mapped, with a message that names the setting.</summary>
public sealed class ConfigurationTests
{
    private const string Ed25519Key = "e8601e48b69383ba520245fd07971e983d06d22c4257cfd82304601479cee788";

    [Theory]
    [InlineData(null, "PublicKey")]
    [InlineData("   ", "PublicKey")]
    [InlineData("not-a-key", "not a valid public key")]
    public void A_missing_or_invalid_public_key_is_a_configuration_error(string? key, string named)
    {
        var error = Assert.Throws<KeygenConfigurationException>(() => Map(webhooks => webhooks.PublicKey = key));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_public_URL_is_a_configuration_error()
    {
        var error = Assert.Throws<KeygenConfigurationException>(() => Map(webhooks =>
        {
            webhooks.PublicKey = Ed25519Key;
            webhooks.PublicUrl = new Uri("/keygen/webhooks", UriKind.Relative);
        }));

        Assert.Contains("PublicUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_drift_that_is_not_positive_is_a_configuration_error(int seconds)
    {
        var error = Assert.Throws<KeygenConfigurationException>(() => Map(webhooks =>
        {
            webhooks.PublicKey = Ed25519Key;
            webhooks.MaxClockDrift = TimeSpan.FromSeconds(seconds);
        }));

        Assert.Contains("MaxClockDrift", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_takes_one_handler()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Map(webhooks =>
        {
            webhooks.PublicKey = Ed25519Key;
            webhooks.On(KeygenEvents.LicenseCreated, (_, _) => Task.CompletedTask);
            webhooks.On(KeygenEvents.LicenseCreated, (_, _, _) => Task.CompletedTask);
        }));

        Assert.Contains("license.created", error.Message, StringComparison.Ordinal);
    }

    private static void Map(Action<KeygenWebhookBuilder> configure)
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        app.MapKeygenWebhooks("/keygen/webhooks", configure);
    }
}
