using System;
using System.Threading.Tasks;
using Keygen.Emulator.Hosting;

namespace Keygen.Emulator;

/// <summary>The standalone emulator: prints its settings, serves until Ctrl-C or SIGTERM.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var (options, error) = CommandLine.Parse(args);
        if (options is null)
        {
            var output = error is null ? Console.Out : Console.Error;
            if (error is not null)
            {
                await output.WriteLineAsync(error).ConfigureAwait(false);
            }

            await output.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return error is null ? 0 : 2;
        }

        KeygenEmulator emulator;
        try
        {
            emulator = await KeygenEmulator.StartAsync(options).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is ArgumentException or System.IO.IOException)
        {
            await Console.Error.WriteLineAsync($"The emulator could not start: {failure.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (emulator.ConfigureAwait(false))
        {
            Console.WriteLine($"""
                Keygen emulator listening on {emulator.BaseUrl}
                  account       {emulator.AccountSlug} (id {emulator.AccountId})
                  API root      {new Uri(emulator.BaseUrl, $"v1/accounts/{emulator.AccountSlug}/")}
                  admin token   {emulator.AdminToken}
                  admin login   {emulator.AdminEmail} / {emulator.AdminPassword}
                  public key    {emulator.PublicKeyHex} (Ed25519, hex)
                  rate limit    {(options.RateLimitPerMinute > 0 ? $"{options.RateLimitPerMinute} requests/minute" : "off")}
                  webhooks      {(options.DeliverWebhooksToLoopback ? "delivered to loopback endpoints" : "recorded, not delivered (--loopback-webhooks delivers to 127.0.0.1)")}
                  storage       {options.StorageDirectory ?? "a temporary directory, deleted at exit"}
                Press Ctrl-C to stop.
                """);
            await emulator.WaitForShutdownAsync().ConfigureAwait(false);
        }

        Console.WriteLine("Keygen emulator stopped.");
        return 0;
    }
}
