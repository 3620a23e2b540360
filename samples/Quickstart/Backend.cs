using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Emulator;

namespace Quickstart;

/// <summary>
/// Where the walk-through runs: real Keygen when KEYGEN_ACCOUNT_ID and KEYGEN_ADMIN_TOKEN are set (and
/// KEYGEN_PUBLIC_KEY, optionally, to verify signatures), otherwise the emulator, started in-process on 127.0.0.1.
/// </summary>
internal sealed class Backend : IAsyncDisposable
{
    private readonly KeygenEmulator? _emulator;

    private Backend(KeygenClient client, string description, KeygenEmulator? emulator)
    {
        Client = client;
        Description = description;
        _emulator = emulator;
    }

    /// <summary>An admin client; with a public key set, every response's signature is verified.</summary>
    public KeygenClient Client { get; }

    public string Description { get; }

    public bool VerifiesSignatures { get; private init; }

    public static async Task<Backend> StartAsync(CancellationToken cancellationToken)
    {
        var account = Environment.GetEnvironmentVariable("KEYGEN_ACCOUNT_ID");
        var token = Environment.GetEnvironmentVariable("KEYGEN_ADMIN_TOKEN");
        if (!string.IsNullOrEmpty(account) && !string.IsNullOrEmpty(token))
        {
            var publicKey = Environment.GetEnvironmentVariable("KEYGEN_PUBLIC_KEY");
            var options = new KeygenClientOptions { Account = account, Token = token, PublicKey = string.IsNullOrEmpty(publicKey) ? null : publicKey };
            return new Backend(new KeygenClient(options), $"api.keygen.sh, account {account}", emulator: null)
            {
                VerifiesSignatures = options.PublicKey is not null,
            };
        }

        return await StartEmulatorAsync(cancellationToken);
    }

    /// <summary>The emulator, started in-process on 127.0.0.1, with an admin client that verifies every response's signature.</summary>
    public static async Task<Backend> StartEmulatorAsync(CancellationToken cancellationToken)
    {
        var emulator = await KeygenEmulator.StartAsync(cancellationToken: cancellationToken);
        var client = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = emulator.BaseUrl,
            Account = emulator.AccountId,
            Token = emulator.AdminToken,
            PublicKey = emulator.PublicKeyHex,
        });
        return new Backend(client, $"the built-in emulator at {emulator.BaseUrl} (set KEYGEN_ACCOUNT_ID and KEYGEN_ADMIN_TOKEN to use real Keygen)", emulator)
        {
            VerifiesSignatures = true,
        };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
