using System;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// A step whose expectation did not hold. <see cref="Cause"/> is short and free of ids and times, so failures group
/// by it in the report (e.g. <c>GET /licenses/{id} as user: status 404, expected 200</c>); <see cref="Pattern"/> is
/// coarser where the cause names a route (<c>as user: status 404, expected 200</c>); the message carries the details.
/// </summary>
internal sealed class StepFailedException(string cause, string detail, string? pattern = null) : Exception(cause + ": " + detail)
{
    public string Cause { get; } = cause;

    public string Pattern { get; } = pattern ?? cause;
}

/// <summary>A step the runner understands but the emulator cannot play (a Stripe webhook, a job queue it does not have).</summary>
internal sealed class StepUnsupportedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
