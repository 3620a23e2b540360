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
    /// Runs the body of the calling test and checks each operation its <see cref="CoversAttribute"/> names: it was called
    /// with the schema's method on the schema's route and answered with the schema's success status; and every success
    /// was signed (the client verifies the signature; this checks it was there to verify).
    /// </summary>
    protected async Task CoveringAsync(Func<Task> body, [CallerMemberName] string test = "")
    {
        var covers = GetType().GetMethod(test)?.GetCustomAttribute<CoversAttribute>()
            ?? throw new InvalidOperationException($"{GetType().Name}.{test} has no [Covers] attribute.");
        using var capture = KeygenResponseCapture.Start();

        await body();

        Assert.All(capture.Responses.Where(r => r.IsSuccessStatusCode), r => Assert.NotNull(r.GetHeader("Keygen-Signature")));
        Assert.All(covers.OperationIds, id =>
        {
            var operation = SchemaOperations.All[id];
            var calls = capture.Responses.Where(r => r.OperationId == id).ToList();
            Assert.True(calls.Count > 0, $"{id} was never called.");
            Assert.True(
                calls.Any(r => r.StatusCode == operation.SuccessStatus && operation.Matches(r.Method, r.RequestUri)),
                $"No call of {id} went to {operation.Method} {operation.Path} and got {operation.SuccessStatus}: "
                + string.Join("; ", calls.Select(r => $"{r.Method} {r.RequestUri} -> {r.StatusCode}")));
        });
    }
}
