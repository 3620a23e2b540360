using System;
using System.Threading;
using AutoUpdate;
using Keygen;
using Keygen.Emulator;

// Ctrl-C cancels cleanly (and stops the emulator) instead of killing the walk-through mid-transfer.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    await using var emulator = await KeygenEmulator.StartAsync(cancellationToken: cancellation.Token);
    Console.WriteLine($"Keygen: the built-in emulator at {emulator.BaseUrl}");
    await new Walkthrough(emulator, Console.Out).RunAsync(cancellation.Token);
    return 0;
}
catch (Exception exception) when (exception is KeygenException or InvalidOperationException)
{
    Console.Error.WriteLine($"The walk-through failed: {exception.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 1;
}
