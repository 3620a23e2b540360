using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.JsonApi;

/// <summary>What a resource is rendered for: the account, the moment, and whether secrets may be shown.</summary>
internal sealed record RenderContext(AccountState Account, DateTimeOffset Now)
{
    public Guid AccountId => Account.Account.Id;

    /// <summary>Webhook payloads never carry token secrets.</summary>
    public bool ForWebhook { get; init; }

    /// <summary>The raw secret of a token just generated or regenerated; shown once, in that response only.</summary>
    public string? TokenSecret { get; init; }
}
