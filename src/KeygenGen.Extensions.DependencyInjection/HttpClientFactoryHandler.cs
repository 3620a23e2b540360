using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>
/// The end of a singleton <see cref="KeygenClient"/>'s pipeline: sends each attempt through a new HttpClient from the factory.
/// Holding one HttpClient for the client's lifetime would pin one handler forever, so DNS changes would never be seen;
/// a new one per attempt picks up the factory's current handler, whose lifetime the factory manages.
/// </summary>
internal sealed class HttpClientFactoryHandler(IHttpClientFactory factory, string httpClientName) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Disposing a factory client leaves its pooled handler alone; the body is already buffered when SendAsync returns.
        using HttpClient client = factory.CreateClient(httpClientName);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
