using Xunit;

namespace Keygen.Emulator.Tests.Support;

/// <summary>A test class whose tests share one emulator (see <see cref="SharedEmulator"/>).</summary>
public abstract class SharedEmulatorTests : IClassFixture<SharedEmulator>
{
    protected SharedEmulatorTests(SharedEmulator shared)
    {
        Session = shared.Session;
    }

    internal EmulatorSession Session { get; }
}
