using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Keygen.Tests.Transport.Fixtures;
using Microsoft.Extensions.Logging;

namespace Keygen.DependencyInjection.Tests.Fixtures;

/// <summary>Keeps the entries of every logger the application creates, by category.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, InMemoryLogger> _loggers = new(StringComparer.Ordinal);

    /// <summary>Every entry so far, as "category: entry".</summary>
    public IReadOnlyList<string> Entries =>
        _loggers.SelectMany(logger => logger.Value.Entries.Select(entry => $"{logger.Key}: {entry}")).ToArray();

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, _ => new InMemoryLogger());

    public void Dispose()
    {
    }
}
