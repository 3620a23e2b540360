using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>Keeps every log entry: the formatted message, each structured value and any exception, as text.</summary>
public sealed class InMemoryLogger : ILogger
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public string AllText => string.Join("\n", _entries);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        _entries.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)} [{values}] {exception}");
    }

    /// <summary>Waits (in real time, bounded) for an entry containing <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, int occurrences = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_entries.Count(e => e.Contains(text, StringComparison.Ordinal)) < occurrences)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
