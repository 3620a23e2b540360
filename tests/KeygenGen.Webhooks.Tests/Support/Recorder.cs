using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Keygen.Webhooks.Tests.Support;

/// <summary>What the handlers of a test app were called with, safe for the concurrent requests of one app.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<(string Type, object Event)> _calls = new();
    private int _attempts;

    /// <summary>Handler invocations, failed ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public void Attempted() => Interlocked.Increment(ref _attempts);

    public void Handled(string type, object keygenEvent) => _calls.Enqueue((type, keygenEvent));

    public IReadOnlyList<T> Of<T>(string type) => _calls.Where(c => c.Type == type).Select(c => (T)c.Event).ToList();

    public int Count => _calls.Count;
}
