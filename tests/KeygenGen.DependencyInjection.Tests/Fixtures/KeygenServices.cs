using System;
using System.Collections.Generic;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keygen.DependencyInjection.Tests.Fixtures;

/// <summary>Service providers built the way an application builds them: configuration first, then AddKeygen.</summary>
internal static class KeygenServices
{
    /// <summary>A "Keygen" section for <paramref name="server"/>: account "acme", the sentinel token, a generous timeout.</summary>
    public static Dictionary<string, string?> Settings(KeygenTestServer server) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Keygen:Account"] = "acme",
        ["Keygen:BaseUrl"] = server.BaseUrl.ToString(),
        ["Keygen:Token"] = Sentinels.Token,
        ["Keygen:Timeout"] = "00:00:10",
    };

    /// <summary>Registers <paramref name="settings"/> as the IConfiguration service, then whatever <paramref name="register"/> adds.</summary>
    public static ServiceProvider Build(IEnumerable<KeyValuePair<string, string?>> settings, Action<IServiceCollection> register)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The client registered from <paramref name="settings"/> with <c>AddKeygen()</c>, resolved.</summary>
    public static KeygenClient Resolve(ServiceProvider provider) => provider.GetRequiredService<KeygenClient>();
}
