using System;
using System.Collections.Generic;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class WebhookEndpoint : Entity
{
    public WebhookEndpoint(Guid id, DateTimeOffset created, string url, string apiVersion)
        : base(id, created)
    {
        Url = url;
        ApiVersion = apiVersion;
    }

    public string Url { get; set; }

    public List<string> Subscriptions { get; set; } = ["*"];

    public string SignatureAlgorithm { get; set; } = "ed25519";

    public string ApiVersion { get; set; }

    public Product? Product { get; set; }

    public bool IsSubscribedTo(string eventName) => Subscriptions.Contains("*") || Subscriptions.Contains(eventName);
}
