using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Acceptance.Sdk;

/// <summary>
/// Answers a generated client's one call with a response the emulator already gave in the replay (status, headers, body),
/// so the client reads it exactly as it would read it from the wire.
/// </summary>
internal sealed class ReplayedResponseHandler(int status, IReadOnlyDictionary<string, string> headers, string body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        foreach (var (name, value) in headers)
        {
            // The body is sent again as the text that was kept, so its length is the content's own.
            if (name.Equals("Content-Length", System.StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!response.Headers.TryAddWithoutValidation(name, value.Split('\n')))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value.Split('\n'));
            }
        }

        return Task.FromResult(response);
    }
}
