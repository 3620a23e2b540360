using System;
using System.Threading.Tasks;
using Xunit;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>A test class whose tests each get a fresh <see cref="KeygenTestServer"/>, stopped after the test.</summary>
public abstract class KeygenServerTest : IAsyncLifetime
{
    protected KeygenTestServer Server { get; private set; } = null!;

    /// <summary>The clock the server stamps requests with; the real one unless a test class uses fake time.</summary>
    protected virtual TimeProvider? ServerClock => null;

    public virtual async Task InitializeAsync() => Server = await KeygenTestServer.StartAsync(ServerClock);

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();
}
