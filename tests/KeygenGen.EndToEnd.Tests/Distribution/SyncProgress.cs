using System;
using System.Collections.Generic;
using Keygen.Distribution;

namespace Keygen.EndToEnd.Tests.Distribution;

/// <summary>Records progress reports as they are made, on the reporting thread (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class SyncProgress(Action<KeygenTransferProgress>? onReport = null) : IProgress<KeygenTransferProgress>
{
    public List<KeygenTransferProgress> Reports { get; } = new();

    public void Report(KeygenTransferProgress value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
