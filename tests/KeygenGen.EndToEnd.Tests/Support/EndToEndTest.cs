using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Keygen.Http;
using Xunit;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>A test class sharing one emulator (its fixture) and calling it through the SDK.</summary>
public abstract class EndToEndTest(EmulatorFixture emulator)
{
    protected EmulatorFixture Emulator { get; } = emulator;

    /// <summary>The admin client: every response's signature is verified.</summary>
    protected KeygenClient Keygen => Emulator.Keygen;

    /// <summary>
    /// Runs the body of the calling test and checks that each operation its <see cref="CoversAttribute"/> names was called
    /// and answered with a success, signed (the client verifies the signature; this checks it was there to verify).
    /// </summary>
    protected async Task CoveringAsync(Func<Task> body, [CallerMemberName] string test = "")
    {
        var covers = GetType().GetMethod(test)?.GetCustomAttribute<CoversAttribute>()
            ?? throw new InvalidOperationException($"{GetType().Name}.{test} has no [Covers] attribute.");
        using var capture = KeygenResponseCapture.Start();

        await body();

        var succeeded = capture.Responses.Where(r => r.IsSuccessStatusCode).ToList();
        Assert.All(succeeded, r => Assert.NotNull(r.GetHeader("Keygen-Signature")));
        Assert.All(covers.OperationIds, id => Assert.Contains(id, succeeded.Select(r => r.OperationId)));
    }
}
