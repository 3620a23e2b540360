using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// An in-process emulator must not take over the host process's Ctrl-C and SIGTERM handling (the default console
/// lifetime would), so it runs with this lifetime and stops only when disposed.
/// </summary>
internal sealed class InProcessLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
