using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// An in-memory server for one fuzz case: the first path and query called (and its retries) get the corrupted
/// response, any other (a followed <c>links.next</c>) gets <paramref name="later"/>. The Kestrel runs answer through
/// <see cref="For"/> too.
/// </summary>
internal sealed class CannedResponseHandler(CannedResponse first, CannedResponse later) : HttpMessageHandler
{
    private string? _firstTarget;

    public CannedResponse For(string pathAndQuery)
    {
        var firstTarget = Interlocked.CompareExchange(ref _firstTarget, pathAndQuery, null) ?? pathAndQuery;
        return firstTarget == pathAndQuery ? first : later;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(For(request.RequestUri!.PathAndQuery).ToMessage(request));
}
