using System;
using Keygen.Signatures;
using Microsoft.Extensions.DependencyInjection;

namespace Keygen.AspNetCore.Dispatch;

/// <summary>A checked <see cref="KeygenWebhookBuilder"/>: everything an endpoint needs, made once when it is mapped.</summary>
internal sealed class WebhookSettings
{
    private WebhookSettings(KeygenWebhookBuilder builder, KeygenSignatureVerifier verifier, TimeProvider clock)
    {
        Handlers = builder;
        Verifier = verifier;
        PublicUrl = builder.PublicUrl;
        MaxBodySize = builder.MaxBodySize;
        Store = builder.Store;
        DefaultStore = new Lazy<IKeygenWebhookStore>(() => new InMemoryKeygenWebhookStore(clock));
    }

    public KeygenWebhookBuilder Handlers { get; }

    public KeygenSignatureVerifier Verifier { get; }

    public Uri? PublicUrl { get; }

    public long MaxBodySize { get; }

    public IKeygenWebhookStore? Store { get; }

    /// <summary>Made on first use: an app with a store in dependency injection never needs it.</summary>
    public Lazy<IKeygenWebhookStore> DefaultStore { get; }

    /// <exception cref="KeygenConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static WebhookSettings From(KeygenWebhookBuilder builder, IServiceProvider services)
    {
        if (string.IsNullOrWhiteSpace(builder.PublicKey) && string.IsNullOrWhiteSpace(builder.RsaPublicKey))
        {
            throw new KeygenConfigurationException(
                "Set KeygenWebhookBuilder.PublicKey to the account's Ed25519 public key (Keygen dashboard, or data.meta.keys.ed25519 of GET /v1/accounts/{account}): webhook deliveries are verified against it.");
        }

        if (builder.PublicUrl is { IsAbsoluteUri: false })
        {
            throw new KeygenConfigurationException("KeygenWebhookBuilder.PublicUrl must be the absolute URL registered with Keygen, e.g. https://shop.example.com/keygen/webhooks.");
        }

        if (builder.MaxClockDrift <= TimeSpan.Zero)
        {
            throw new KeygenConfigurationException("KeygenWebhookBuilder.MaxClockDrift must be positive: it is how old a delivery may be before it is refused as replayed.");
        }

        if (builder.MaxBodySize <= 0)
        {
            throw new KeygenConfigurationException("KeygenWebhookBuilder.MaxBodySize must be positive.");
        }

        KeygenPublicKeys keys;
        try
        {
            keys = KeygenPublicKeys.Parse(NullIfBlank(builder.PublicKey), NullIfBlank(builder.RsaPublicKey));
        }
        catch (KeygenVerificationException invalid)
        {
            throw new KeygenConfigurationException($"KeygenWebhookBuilder.PublicKey or RsaPublicKey is not a valid public key: {invalid.Message}", invalid);
        }

        var clock = builder.TimeProvider ?? services.GetService<TimeProvider>() ?? TimeProvider.System;
        var verifier = new KeygenSignatureVerifier(keys, new KeygenVerificationOptions { TimeProvider = clock, MaxClockDrift = builder.MaxClockDrift });
        return new WebhookSettings(builder, verifier, clock);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
