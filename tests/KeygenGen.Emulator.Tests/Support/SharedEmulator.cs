using System.Threading.Tasks;
using Xunit;

namespace Keygen.Emulator.Tests.Support;

/// <summary>
/// One emulator shared by the tests of a class (they run one after another), so suites of many small scenarios
/// do not pay for a server start each. Every scenario makes its own product, policy and license, so they stay independent.
/// </summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    private EmulatorSession? _session;

    internal EmulatorSession Session => _session!;

    public async Task InitializeAsync() => _session = await EmulatorSession.StartAsync();

    public async Task DisposeAsync() => await Session.DisposeAsync();
}
