using System;

namespace Keygen.Distribution;

/// <summary>
/// Reports a transfer's progress to the caller's <see cref="IProgress{T}"/> at the start, every mebibyte and at the end,
/// rather than for every network read: a <see cref="Progress{T}"/> posts each report to the caller's context.
/// </summary>
internal sealed class TransferProgress(IProgress<KeygenTransferProgress>? target, long? total)
{
    private const long Step = 1024 * 1024;
    private long _lastReported = -1;

    public long? Total { get; set; } = total;

    public void Report(long done)
    {
        if (target is null || done == _lastReported || (done - _lastReported < Step && done != 0 && done != Total))
        {
            return;
        }

        _lastReported = done;
        target.Report(new KeygenTransferProgress(done, Total));
    }
}
