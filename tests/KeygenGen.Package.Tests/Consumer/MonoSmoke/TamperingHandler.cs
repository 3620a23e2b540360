using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MonoSmoke;

/// <summary>Changes one character of every response body, as a man in the middle would.</summary>
internal sealed class TamperingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var altered = new StringContent(body.Replace("Seat", "Seal"), Encoding.UTF8);
        foreach (var header in response.Content.Headers)
        {
            altered.Headers.Remove(header.Key);
            altered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = altered;
        return response;
    }
}
