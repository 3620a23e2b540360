using System.Threading;
using System.Threading.Tasks;

namespace Keygen.AspNetCore;

/// <summary>
/// Remembers which events were handled, by idempotency token (the same for every delivery of one event, retries
/// included), so that each is handled once. The default, <see cref="InMemoryKeygenWebhookStore"/>, serves one process; an
/// app running on several instances implements this over a shared database or cache.
/// </summary>
/// <remarks>
/// A token moves from unknown to claimed (<see cref="TryClaimAsync"/>), then to handled (<see cref="CompleteAsync"/>) or
/// back to unknown (<see cref="ReleaseAsync"/>, when the handler failed, so Keygen's retry handles it). Claiming must be
/// atomic across instances (an insert on a unique key). A claim whose owner died never completes: let it lapse after a
/// while, so that a later delivery can claim it again.
/// </remarks>
public interface IKeygenWebhookStore
{
    /// <summary>Claims <paramref name="idempotencyToken"/> for handling.</summary>
    /// <returns>Whether it was claimed, was handled already, or is being handled by another delivery now.</returns>
    ValueTask<KeygenWebhookClaim> TryClaimAsync(string idempotencyToken, CancellationToken cancellationToken);

    /// <summary>Marks a claimed token handled: every later delivery of the event is a duplicate.</summary>
    ValueTask CompleteAsync(string idempotencyToken, CancellationToken cancellationToken);

    /// <summary>Gives up a claim after the handler failed, so that a later delivery of the event handles it.</summary>
    ValueTask ReleaseAsync(string idempotencyToken, CancellationToken cancellationToken);
}
