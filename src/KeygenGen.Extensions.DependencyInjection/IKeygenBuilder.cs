using System.Net.Http;
using Keygen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>AddKeygen</c>: the <see cref="IHttpClientBuilder"/> of the <see cref="HttpClient"/> that the registered
/// <see cref="KeygenClient"/> sends through, so <c>AddHttpMessageHandler</c>, <c>ConfigurePrimaryHttpMessageHandler</c>,
/// <c>SetHandlerLifetime</c> and the other <see cref="IHttpClientBuilder"/> extensions apply to Keygen's requests only.
/// <see cref="KeygenResilienceExtensions.AddKeygenResilience"/> is available on it alone.
/// </summary>
public interface IKeygenBuilder : IHttpClientBuilder
{
}
