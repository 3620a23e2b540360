using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>Builds the singleton <see cref="KeygenClient"/> from the registered options, sending through the factory's HttpClient.</summary>
internal static class KeygenClientActivator
{
    public static KeygenClient Create(IServiceProvider services, string httpClientName)
    {
        // A fresh options instance (IOptionsFactory, not the cached IOptions value), so that what is set below stays private.
        KeygenClientOptions options = services.GetRequiredService<IOptionsFactory<KeygenClientOptions>>().Create(Options.DefaultName);
        if (options.HttpMessageHandler is not null)
        {
            throw new KeygenConfigurationException(
                "KeygenClientOptions.HttpMessageHandler cannot be set when the client comes from AddKeygen, which sends through IHttpClientFactory; " +
                "configure the handler with AddKeygen(…).ConfigurePrimaryHttpMessageHandler(…) instead.");
        }

        options.HttpMessageHandler = new HttpClientFactoryHandler(services.GetRequiredService<IHttpClientFactory>(), httpClientName);
        options.Logger ??= services.GetService<ILoggerFactory>()?.CreateLogger<KeygenClient>();
        return new KeygenClient(options);
    }
}
