using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen.DependencyInjection.Tests.Fixtures;

/// <summary>Counts the attempts that reach the network, including those that never get an answer (refused connections).</summary>
internal sealed class AttemptCounter
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>A handler to place innermost (after the resilience handler), where it sees every retry.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private sealed class CountingHandler(AttemptCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._attempts);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
