using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace Keygen.Extensions.DependencyInjection;

/// <summary>
/// Turns Polly's rejections into the exceptions HttpClient itself throws, which <see cref="KeygenClient"/> reports as
/// <see cref="KeygenTransportException"/>s; otherwise they would escape the SDK's error model as Polly types.
/// </summary>
internal sealed class ResilienceRejectionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            // The shape of HttpClient's own timeout, so the call fails as a timeout (KeygenTransportException.Timeout).
            throw new TaskCanceledException(e.Message, new TimeoutException(e.Message, e));
        }
        catch (ExecutionRejectedException e)
        {
            // An open circuit breaker or a full rate limiter: the request was not sent.
            throw new HttpRequestException(e.Message, e);
        }
    }
}
