using System;
using System.Net.Http;
using System.Threading;
using Keygen;
using Keygen.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="KeygenClient"/> as a singleton that sends through <see cref="IHttpClientFactory"/>, with options from
/// code or configuration.
/// </summary>
public static class KeygenServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the registered <see cref="KeygenClient"/> sends through.</summary>
    public const string HttpClientName = "Keygen";

    /// <summary>The configuration section <see cref="AddKeygen(IServiceCollection, string)"/> reads by default.</summary>
    public const string DefaultConfigurationSectionPath = "Keygen";

    /// <summary>Registers <see cref="KeygenClient"/> with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when the client is first resolved.</param>
    /// <returns>A builder for the client's HTTP pipeline, e.g. for <see cref="KeygenResilienceExtensions.AddKeygenResilience"/>.</returns>
    public static IKeygenBuilder AddKeygen(this IServiceCollection services, Action<KeygenClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<KeygenClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>Registers <see cref="KeygenClient"/> with options read from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The section holding the options, e.g. <c>builder.Configuration.GetSection("Keygen")</c>. Read when the client is first
    /// resolved; an unknown key or an unreadable value fails that resolution with a <see cref="KeygenConfigurationException"/>.
    /// </param>
    /// <returns>A builder for the client's HTTP pipeline.</returns>
    public static IKeygenBuilder AddKeygen(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KeygenClientOptions>().Configure(options => KeygenConfigurationBinder.Bind(configuration, options));
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="KeygenClient"/> with options read from the section <paramref name="configurationSectionPath"/> of the
    /// <see cref="IConfiguration"/> service (which every host registers).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configurationSectionPath">The section's path; default <c>Keygen</c>.</param>
    /// <returns>A builder for the client's HTTP pipeline.</returns>
    public static IKeygenBuilder AddKeygen(this IServiceCollection services, string configurationSectionPath = DefaultConfigurationSectionPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configurationSectionPath);
        services.AddOptions<KeygenClientOptions>().Configure<IServiceProvider>((options, provider) =>
            KeygenConfigurationBinder.Bind(RegisteredConfiguration(provider, configurationSectionPath).GetSection(configurationSectionPath), options));
        return AddClient(services);
    }

    private static IKeygenBuilder AddClient(IServiceCollection services)
    {
        IHttpClientBuilder httpClient = services.AddHttpClient(HttpClientName)
            // KeygenClientOptions.Timeout bounds every call, including reading the body; a second, shorter HttpClient.Timeout
            // would cut calls off under a message that points at the wrong setting.
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            // Keygen answers artifact downloads with redirects to storage URLs; the caller decides whether to follow them.
#if LEGACY_TARGET
            .ConfigurePrimaryHttpMessageHandler(static () => new HttpClientHandler { AllowAutoRedirect = false })
#else
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false })
#endif
            // The factory's request logging prints whole URLs, and Keygen URLs can hold license keys (/licenses/{key});
            // KeygenClient logs every attempt itself, with secrets redacted.
            .RemoveAllLoggers();
        services.TryAddSingleton(static provider => KeygenClientActivator.Create(provider, HttpClientName));
        return new KeygenBuilder(httpClient);
    }

    private static IConfiguration RegisteredConfiguration(IServiceProvider provider, string sectionPath) =>
        provider.GetService<IConfiguration>() ?? throw new KeygenConfigurationException(
            $"AddKeygen(\"{sectionPath}\") reads the \"{sectionPath}\" section of the IConfiguration service, but no IConfiguration is registered; " +
            $"use a host (it registers one) or pass the section itself: AddKeygen(configuration.GetSection(\"{sectionPath}\")).");
}
