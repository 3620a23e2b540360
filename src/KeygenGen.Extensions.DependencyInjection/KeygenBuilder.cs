using Microsoft.Extensions.DependencyInjection;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>The <see cref="IKeygenBuilder"/> over the factory's own builder of the Keygen HttpClient.</summary>
internal sealed class KeygenBuilder(IHttpClientBuilder httpClient) : IKeygenBuilder
{
    public string Name => httpClient.Name;

    public IServiceCollection Services => httpClient.Services;
}
