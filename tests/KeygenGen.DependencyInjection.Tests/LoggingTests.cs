using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Keygen.DependencyInjection.Tests.Fixtures;
using Keygen.Http;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Keygen.DependencyInjection.Tests;

/// <summary>The client logs through the application's logging, and nothing in the pipeline logs a secret.</summary>
public sealed class LoggingTests : KeygenServerTest
{
    [Fact]
    public async Task Every_log_entry_of_a_retried_call_is_free_of_the_license_key_in_its_url()
    {
        var logs = new RecordingLoggerProvider();
        Server.Enqueue(Replies.Error(503, "SERVICE_UNAVAILABLE", "Service unavailable", "down"));
        using ServiceProvider provider = KeygenServices.Build(KeygenServices.Settings(Server), services =>
        {
            services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            services.AddKeygen().AddKeygenResilience(options => options.Retry.Delay = TimeSpan.FromMilliseconds(10));
        });
        var request = new KeygenRequest(HttpMethod.Get, "/licenses/" + Sentinels.LicenseKey, "licenses.get", KeygenAuthKinds.Token)
        {
            RedactedValues = [Sentinels.LicenseKey],
        };

        await KeygenServices.Resolve(provider).SendAsync(request);

        Assert.Equal(2, Server.Requests.Count);
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Keygen.KeygenClient: ", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Polly: ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.StartsWith("System.Net.Http.HttpClient.Keygen", StringComparison.Ordinal));
        Assert.All(logs.Entries, entry => Assert.True(
            Sentinels.All.All(secret => !entry.Contains(secret, StringComparison.Ordinal)),
            "a log entry holds a secret: " + entry));
    }
}
