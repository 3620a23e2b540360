namespace Keygen.AspNetCore;

/// <summary>The answer of <see cref="IKeygenWebhookStore.TryClaimAsync"/>.</summary>
public enum KeygenWebhookClaim
{
    /// <summary>The caller now holds the token and handles the event.</summary>
    Claimed,

    /// <summary>The event was handled already: the delivery is a duplicate.</summary>
    Handled,

    /// <summary>Another delivery of the event is being handled right now.</summary>
    InProgress,
}
