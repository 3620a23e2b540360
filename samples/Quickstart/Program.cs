using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Quickstart;

// Ctrl-C cancels the walk-through cleanly (and stops the emulator) instead of killing it mid-call.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    await using var backend = await Backend.StartAsync(cancellation.Token);
    Console.WriteLine($"Keygen: {backend.Description}");
    await new Walkthrough(backend, Console.Out).RunAsync(cancellation.Token);
    return 0;
}
catch (Exception exception) when (exception is KeygenException or WalkthroughException)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"The walk-through failed: {exception.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 1;
}
