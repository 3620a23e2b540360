using System;
using System.Threading;
using System.Threading.Tasks;
using Keygen;
using Keygen.Emulator;

namespace WebhookBackend;

/// <summary>
/// The Keygen account the store sells from. Real Keygen when KEYGEN_ACCOUNT_ID, KEYGEN_ADMIN_TOKEN, KEYGEN_PUBLIC_KEY and
/// KEYGEN_POLICY_ID are set (the store must then be reachable over https, at SHOP_PUBLIC_URL); otherwise the emulator,
/// in-process, delivering webhooks to the store on 127.0.0.1, with a product and policy of its own.
/// </summary>
internal sealed class KeygenAccount : IAsyncDisposable
{
    private readonly KeygenEmulator? _emulator;

    private KeygenAccount(KeygenClient client, string publicKey, string policyId, string description, KeygenEmulator? emulator)
    {
        Client = client;
        PublicKey = publicKey;
        PolicyId = policyId;
        Description = description;
        _emulator = emulator;
    }

    /// <summary>An admin client; every response's signature is verified.</summary>
    public KeygenClient Client { get; }

    /// <summary>The account's Ed25519 key: webhook deliveries are verified against it.</summary>
    public string PublicKey { get; }

    /// <summary>The policy each order's license is created under.</summary>
    public string PolicyId { get; }

    public string Description { get; }

    public static async Task<KeygenAccount> ConnectAsync(CancellationToken cancellationToken)
    {
        var account = Environment.GetEnvironmentVariable("KEYGEN_ACCOUNT_ID");
        var token = Environment.GetEnvironmentVariable("KEYGEN_ADMIN_TOKEN");
        var publicKey = Environment.GetEnvironmentVariable("KEYGEN_PUBLIC_KEY");
        var policyId = Environment.GetEnvironmentVariable("KEYGEN_POLICY_ID");
        if (!string.IsNullOrEmpty(account) && !string.IsNullOrEmpty(token) && !string.IsNullOrEmpty(publicKey) && !string.IsNullOrEmpty(policyId))
        {
            var client = new KeygenClient(new KeygenClientOptions { Account = account, Token = token, PublicKey = publicKey });
            return new KeygenAccount(client, publicKey, policyId, $"api.keygen.sh, account {account}", emulator: null);
        }

        return await StartEmulatorAsync(cancellationToken);
    }

    /// <summary>The emulator, delivering webhooks to loopback endpoints, with the store's product and policy.</summary>
    public static async Task<KeygenAccount> StartEmulatorAsync(CancellationToken cancellationToken)
    {
        var emulator = await KeygenEmulator.StartAsync(new KeygenEmulatorOptions { DeliverWebhooksToLoopback = true }, cancellationToken);
        var client = new KeygenClient(new KeygenClientOptions
        {
            BaseUrl = emulator.BaseUrl,
            Account = emulator.AccountId,
            Token = emulator.AdminToken,
            PublicKey = emulator.PublicKeyHex,
        });
        var product = await client.Products.CreateAsync(new CreateProductRequest { Name = "Studio" }, cancellationToken);
        var policy = await client.Policies.CreateAsync(new CreatePolicyRequest { Name = "Studio Pro", ProductId = product.Id }, cancellationToken);
        return new KeygenAccount(client, emulator.PublicKeyHex, policy.Id, $"the built-in emulator at {emulator.BaseUrl}", emulator);
    }

    /// <summary>Waits until the emulator's webhook deliveries so far are answered; nothing to wait for with real Keygen.</summary>
    public Task DeliveredAsync(CancellationToken cancellationToken) =>
        _emulator?.WaitForWebhookDeliveriesAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Asks Keygen to send license.created to the store (once; a restarted store finds its endpoint registered).</summary>
    public async Task SubscribeAsync(Uri webhookUrl, CancellationToken cancellationToken)
    {
        await foreach (var endpoint in Client.WebhookEndpoints.ListAsync(cancellationToken: cancellationToken))
        {
            if (endpoint.Url == webhookUrl.ToString())
            {
                return;
            }
        }

        await Client.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = webhookUrl.ToString(), Subscriptions = [WebhookEventType.LicenseCreated] }, cancellationToken);
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
