using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Keygen;

/// <summary>
/// Waits and timeouts on a <see cref="TimeProvider"/>, so that tests can move a fake clock: .NET 8+ has them in the box;
/// .NET Framework and .NET Standard get them from Microsoft.Bcl.TimeProvider's extensions. Same behaviour on both.
/// </summary>
internal static class Timers
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if LEGACY_TARGET
        time.Delay(delay, cancellationToken);
#else
        Task.Delay(delay, time, cancellationToken);
#endif

    /// <summary>A source that cancels itself after <paramref name="delay"/> on <paramref name="time"/>'s clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay) =>
#if LEGACY_TARGET
        time.CreateCancellationTokenSource(delay);
#else
        new(delay, time);
#endif
}
